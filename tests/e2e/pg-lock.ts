import pg from 'pg';

/**
 * The end-to-end tests on PostgreSQL share one throw-away database and some of them empty it:
 * each holds this lock while it runs (on a connection of its own) so they take turns.
 */
export async function lockTestDatabase(url: string): Promise<() => Promise<void>> {
	// Named, so a test that ends the app's connections (postgres.spec.ts) leaves this one alone.
	const client = new pg.Client({ connectionString: url, application_name: 'smc-e2e-lock' });
	await client.connect();
	await client.query('select pg_advisory_lock(hashtext($1))', ['smc-e2e-postgres']);
	return async () => {
		await client.end().catch(() => {});
	};
}
