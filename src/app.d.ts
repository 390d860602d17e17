// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Shown to the user so the operator can find the log line. */
			id?: string;
			/** Picks the error page's wording: an unknown campaign reads differently from a missing page. */
			kind?: 'campaign';
		}
	}
}

export {};
