import { defineConfig, devices } from '@playwright/test';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.js';

const port = Number(process.env.E2E_PORT ?? 4173);
// A throw-away database for each run.
const dataDir = join(tmpdir(), `smc-e2e-${port}`);
// Only in the runner's own process: workers load this file too, while the server runs.
if (!process.env.TEST_WORKER_INDEX) rmSync(dataDir, { recursive: true, force: true });

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		launchOptions: {
			executablePath: chromiumPath(),
			args: chromiumArgs
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Pixel 7'], browserName: 'chromium' } }],
	webServer: {
		// The production build, served as `npm start` serves it; a throw-away data folder.
		command: 'node scripts/start.js',
		url: `http://localhost:${port}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		env: {
			PORT: String(port),
			// No ORIGIN: the suite runs as a first `npm start` would (origin from the request).
			DATA_DIR: dataDir,
			// Every test comes from 127.0.0.1: room for the suite, while the limit test still reaches them.
			// (Wrong dashboard keys are tested on an instance of their own: campaigns.spec.ts.)
			RATE_LIMIT_CAMPAIGNS_PER_HOUR: '200',
			RATE_LIMIT_SHARES_PER_10_MIN: '500',
			RATE_LIMIT_KEY_FAILURES_PER_15_MIN: '1000'
		}
	}
});
