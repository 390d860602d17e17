import { describe, expect, it, vi } from 'vitest';
import type { PublishedComparison } from '$lib/results/comparison';
import { orNothing } from './page-comparison';

const pending: PublishedComparison = { status: 'pending', completions: 3, minCount: 30 };

describe('the comparison on a page', () => {
	it('is what the snapshot says when the database answers in time', async () => {
		const failed = vi.fn();
		expect(await orNothing(Promise.resolve(pending), 1000, failed)).toEqual(pending);
		expect(failed).not.toHaveBeenCalled();
	});

	it('is left out, and the failure logged, when the database fails', async () => {
		const failed = vi.fn();
		const gone = Promise.reject(new Error('database is gone'));
		expect(await orNothing(gone, 1000, failed)).toEqual({ status: 'off' });
		expect(failed).toHaveBeenCalledWith('database is gone');
	});

	it('is left out when the database is slow, and the late answer does not fail anything', async () => {
		vi.useFakeTimers();
		try {
			const failed = vi.fn();
			let fail!: (error: Error) => void;
			const slow = new Promise<PublishedComparison>((_, reject) => (fail = reject));
			const page = orNothing(slow, 1500, failed);
			await vi.advanceTimersByTimeAsync(1500);
			expect(await page).toEqual({ status: 'off' });
			expect(failed).toHaveBeenCalledWith('timeout');
			fail(new Error('late')); // must not become an unhandled rejection
			await vi.advanceTimersByTimeAsync(1);
			expect(failed).toHaveBeenCalledTimes(1);
		} finally {
			vi.useRealTimers();
		}
	});
});
