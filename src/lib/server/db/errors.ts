import { m } from '$lib/paraglide/messages';

/** Error codes that mean "the database is not there", not "the query is wrong". */
const CONNECTION_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'ETIMEDOUT',
	'ENOTFOUND',
	'EPIPE',
	'57P01', // admin_shutdown (the backend was ended: restart, pg_terminate_backend)
	'57P02', // crash_shutdown
	'57P03', // cannot_connect_now
	'53300', // too_many_connections (also: the database allows no connections now)
	'08000',
	'08003',
	'08006', // connection exceptions
	'SQLITE_CANTOPEN',
	'SQLITE_BUSY'
]);

/** The disk (or the database's quota) is full: nothing can be written until space is freed. */
const STORAGE_FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', '53100' /* disk_full */]);

/**
 * Input the database refuses to store however it is sent: PostgreSQL rejects a NUL character
 * (22021 character_not_in_repertoire, "invalid byte sequence for encoding UTF8: 0x00") and
 * malformed text (22P05 untranslatable_character). A bad request, not a server fault.
 */
const BAD_INPUT_CODES = new Set(['22021', '22P05']);

const codeOf = (error: Error) => (error as { code?: unknown }).code;

/**
 * What went wrong, as far as the answer to the client is concerned:
 * - `client-abort`: the client went away while its request was read (nothing to answer);
 * - `database`: the database cannot be reached (503, retry soon);
 * - `storage`: the disk is full (503, friendly page, nothing was stored);
 * - `input`: the database refused the characters it was given (400);
 * - `undefined`: anything else (a bug: 500).
 */
export type Failure = 'client-abort' | 'database' | 'storage' | 'input';

export function classifyFailure(error: unknown, request?: Request): Failure | undefined {
	if (!(error instanceof Error)) return undefined;
	const code = codeOf(error);
	// Node's error for a request body cut off by the client: same code as a database connection
	// reset, told apart by its message.
	if (code === 'ECONNRESET' && error.message === 'aborted') return 'client-abort';
	if (typeof code === 'string') {
		if (STORAGE_FULL_CODES.has(code)) return 'storage';
		if (BAD_INPUT_CODES.has(code)) return 'input';
		if (CONNECTION_CODES.has(code)) return 'database';
	}
	if (
		/Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
			error.message
		)
	) {
		return 'database';
	}
	// Anything else that failed after the client went away is about the client leaving.
	if (request?.signal.aborted) return 'client-abort';
	return undefined;
}

export function isConnectionError(error: unknown): boolean {
	return classifyFailure(error) === 'database';
}

/** The wording of the 503 page, in the request's language. */
export function databaseUnavailable() {
	return { heading: m.error_503_heading(), message: m.error_503_text() };
}

/** The wording of the page when nothing can be saved because the disk is full. */
export function storageFull() {
	return { heading: m.error_storage_heading(), message: m.error_storage_text() };
}

/** The wording of the page for characters the database refuses. */
export function unusableInput() {
	return { heading: m.error_input_heading(), message: m.error_input_text() };
}
