import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCampaignOverHttp, sendShare, shareToken } from './campaign-api';
import { expect, test } from './fixtures';
import { specPort, startServer } from './server';

/**
 * A full disk under the embedded database: a small tmpfs holds the data folder and a filler
 * file takes the rest. Needs permission to mount (CI runs as root); skipped, visibly, without.
 */
let mountPoint = '';

test.beforeAll(() => {
	mountPoint = mkdtempSync(join(tmpdir(), 'smc-full-'));
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], {
			stdio: 'ignore'
		});
	} catch {
		rmSync(mountPoint, { recursive: true, force: true });
		mountPoint = '';
	}
	test.skip(!mountPoint, 'cannot mount a small tmpfs here (needs root)');
});

test.afterAll(() => {
	if (!mountPoint) return;
	execFileSync('umount', [mountPoint]);
	rmSync(mountPoint, { recursive: true, force: true });
});

/** Writes until the file system is full. */
function fill(file: string) {
	const fd = openSync(file, 'w');
	const chunk = Buffer.alloc(16 * 1024, 1);
	try {
		for (;;) writeSync(fd, chunk);
	} catch (error) {
		if ((error as { code?: string }).code !== 'ENOSPC') throw error;
	} finally {
		closeSync(fd);
	}
}

test('a full disk answers 503 with a friendly page, logs once, and recovers', async () => {
	const server = await startServer({
		port: specPort(4),
		dataDir: mountPoint,
		env: { RATE_LIMIT_SHARES_PER_10_MIN: '10000' }
	});
	const filler = join(mountPoint, 'filler');
	let acknowledged = 0;
	try {
		const { slug } = await createCampaignOverHttp(server.url, 'Volle Platte');
		expect((await sendShare(server.url, slug, shareToken('before', 0))).status).toBe(303);
		acknowledged++;

		fill(filler);
		// The write-ahead log grows with every share; within a few the disk refuses one.
		let refused: Response | undefined;
		for (let i = 0; i < 200 && !refused; i++) {
			const response = await sendShare(server.url, slug, shareToken('full', i));
			if (response.status === 303) acknowledged++;
			else refused = response;
		}
		expect(refused?.status).toBe(503);
		expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
		const page = await refused!.text();
		expect(page).toContain('Speichern gerade nicht möglich');
		expect(page).not.toMatch(/SQLITE|at .*\.js/);

		// More refusals: still 503, and the log says so once, not once per request.
		for (let i = 0; i < 5; i++) {
			const response = await sendShare(server.url, slug, shareToken('again', i));
			expect(response.status).toBe(503);
		}
		const full = server.logs().filter((l) => l.msg === 'storage full: nothing can be saved');
		expect(full).toHaveLength(1);
		expect(server.lines.filter((l) => /^\s+at /.test(l))).toEqual([]);

		// Space again: shares work without a restart.
		rmSync(filler);
		expect((await sendShare(server.url, slug, shareToken('after', 0))).status).toBe(303);
		acknowledged++;
	} finally {
		rmSync(filler, { force: true });
		await server.stop();
	}
	// Nothing acknowledged was lost, nothing refused was stored.
	const db = new Database(join(mountPoint, 'app.db'), { readonly: true });
	const { n } = db.prepare('select count(*) as n from shares').get() as { n: number };
	db.close();
	expect(n).toBe(acknowledged);
});
