// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Shown to the user so the operator can find the log line. */
			id?: string;
			/** Set for expected errors: the page's heading, worded by the server (see server/errors.ts). */
			heading?: string;
			/** A link back to where the visitor came from (a refused form's page). */
			back?: string;
		}
		interface Locals {
			/** Set by handleError for failures that are not bugs: the answer's status follows it. */
			failure?: import('$lib/server/db/errors').Failure;
			/** This request's id: the `X-Request-Id` response header, the log lines, the error page. */
			requestId: string;
		}
		interface Platform {
			/** adapter-node's request (absent under `vite dev`). */
			req?: import('node:http').IncomingMessage;
		}
	}
}

export {};
