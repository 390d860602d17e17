// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Shown to the user so the operator can find the log line. */
			id?: string;
			/** Set for expected errors: the page's heading, worded by the server (see server/errors.ts). */
			heading?: string;
		}
		interface Locals {
			/** Set by handleError when the database could not be reached: the answer becomes 503. */
			databaseDown?: boolean;
		}
	}
}

export {};
