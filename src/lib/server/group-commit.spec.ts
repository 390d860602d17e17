import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit';

describe('groupCommit', () => {
	it('writes what arrives together in one batch, and the next arrivals in the next', async () => {
		const batches: number[][] = [];
		const write = groupCommit(async (batch: number[]) => {
			batches.push(batch);
			await new Promise((r) => setTimeout(r, 5));
		}, 3);
		const first = [1, 2, 3, 4, 5].map((n) => write(n));
		await new Promise((r) => setImmediate(r));
		// While the first batch is being written, more arrive: they wait for the next one.
		const later = [6, 7].map((n) => write(n));
		await Promise.all([...first, ...later]);
		expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
	});

	it('settles each caller only after its batch is written', async () => {
		let written = false;
		const write = groupCommit(async () => {
			await new Promise((r) => setTimeout(r, 10));
			written = true;
		});
		await write('x');
		expect(written).toBe(true);
	});

	it('retries a failed batch item by item, so only the bad item fails', async () => {
		const write = groupCommit(async (batch: string[]) => {
			if (batch.includes('bad')) throw new Error('bad item');
		});
		const results = await Promise.allSettled(['a', 'bad', 'b'].map((x) => write(x)));
		expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
	});
});
