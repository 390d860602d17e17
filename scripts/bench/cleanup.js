/**
 * What a run has to undo – servers, browsers, the temporary folder – whether it ends normally,
 * fails or is interrupted. Undone newest first; errors while undoing are ignored (the run's own
 * error, if any, is the one worth reporting).
 */
export function createCleanup() {
	/** @type {Array<() => Promise<void>>} */
	const tasks = [];
	/** @type {Promise<void> | undefined} */
	let running;
	return {
		/**
		 * Registers `undo`; returns a function that undoes it now (once, however often called).
		 * @param {() => unknown} undo
		 * @returns {() => Promise<void>}
		 */
		add(undo) {
			/** @type {Promise<void> | undefined} */
			let done;
			const once = () => {
				done ??= (async () => {
					try {
						await undo();
					} catch {
						// ignored, see above
					}
				})();
				return done;
			};
			tasks.push(once);
			return once;
		},
		/** Undoes everything still registered; every caller waits for the same run. */
		run() {
			running ??= (async () => {
				for (const task of tasks.toReversed()) await task();
			})();
			return running;
		}
	};
}

/** @typedef {ReturnType<typeof createCleanup>} Cleanup */
