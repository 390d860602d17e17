/**
 * Group commit: items that arrive while a write is under way wait for the next one and are
 * written together, one transaction (and on SQLite with `synchronous=FULL`, one fsync) per
 * batch instead of per item. Each caller's promise settles when its batch is committed.
 *
 * `write` gets a batch and must write all of it or throw. When a batch fails, its items are
 * written one by one, so one bad item (a share for a campaign deleted meanwhile) fails alone.
 */
export function groupCommit<T>(
	write: (batch: T[]) => Promise<void>,
	maxBatch = 200
): (item: T) => Promise<void> {
	let queue: { item: T; settle: (error?: unknown) => void }[] = [];
	let flushing = false;

	async function writeAlone(waiting: (typeof queue)[number]) {
		try {
			await write([waiting.item]);
			waiting.settle();
		} catch (error) {
			waiting.settle(error);
		}
	}

	async function flush() {
		while (queue.length > 0) {
			const batch = queue.slice(0, maxBatch);
			queue = queue.slice(maxBatch);
			try {
				await write(batch.map((w) => w.item));
				for (const waiting of batch) waiting.settle();
			} catch (error) {
				if (batch.length === 1) batch[0]?.settle(error);
				else for (const waiting of batch) await writeAlone(waiting);
			}
		}
		flushing = false;
	}

	return (item) =>
		new Promise<void>((resolve, reject) => {
			queue.push({ item, settle: (e) => (e === undefined ? resolve() : reject(e)) });
			if (!flushing) {
				flushing = true;
				// After the current round of I/O: requests that arrived with this one join its batch.
				setImmediate(() => void flush());
			}
		});
}

/** One writer per database (tests open several), created on first use. */
export function perDatabase<Db extends object, T>(
	create: (db: Db) => (item: T) => Promise<void>
): (db: Db, item: T) => Promise<void> {
	const writers = new WeakMap<Db, (item: T) => Promise<void>>();
	return (db, item) => {
		let writer = writers.get(db);
		if (!writer) {
			writer = create(db);
			writers.set(db, writer);
		}
		return writer(item);
	};
}

/** Plain code-unit order: the same on every machine and in every locale (lock order on PostgreSQL). */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
