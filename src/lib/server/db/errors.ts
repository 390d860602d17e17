import { m } from '$lib/paraglide/messages';

/** Error codes that mean "the database is not there", not "the query is wrong". */
const CONNECTION_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'ENOTFOUND',
	'EPIPE',
	'57P01', // admin_shutdown
	'57P02', // crash_shutdown
	'57P03', // cannot_connect_now
	'08000',
	'08003',
	'08006', // connection exceptions
	'SQLITE_CANTOPEN',
	'SQLITE_BUSY'
]);

export function isConnectionError(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const code = (error as { code?: string }).code;
	if (code && CONNECTION_CODES.has(code)) return true;
	return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
		error.message
	);
}

/** The wording of the 503 page, in the request's language. */
export function databaseUnavailable() {
	return { heading: m.error_503_heading(), message: m.error_503_text() };
}
