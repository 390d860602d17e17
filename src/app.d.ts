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
			/** This request's campaign (routes under /c/[slug]), looked up once: see campaign-context.ts. */
			campaign?: Promise<import('$lib/server/campaign-context').CampaignContext | null>;
			/** This request's dashboard check, done once even when an action and the load both ask. */
			dashboard?: Promise<import('$lib/server/dashboard-auth').Dashboard>;
			/** Set by handleError for failures that are not bugs: the answer's status follows it. */
			failure?: import('$lib/server/db/errors').Failure;
			/** This request's id: the `X-Request-Id` response header, the log lines, the error page. */
			requestId: string;
		}
		interface PageData {
			/** How German texts address the reader: a campaign's choice (its layout sets it), else du. */
			address?: import('$lib/content').Address;
			/** The source the footer credits: the quiz of the page (the article's by default). */
			sourceTitle?: string;
		}
		interface Platform {
			/** adapter-node's request (absent under `vite dev`). */
			req?: import('node:http').IncomingMessage;
		}
	}
}

export {};
