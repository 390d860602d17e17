import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config';

describe('the settings', () => {
	it('need nothing for a local start, and fill in the documented defaults', () => {
		const config = parseConfig({});
		expect(config).toMatchObject({
			DATA_DIR: 'data',
			DATABASE_POOL_SIZE: 10,
			RATE_LIMIT_CAMPAIGNS_PER_HOUR: 10,
			RATE_LIMIT_SHARES_PER_10_MIN: 60,
			RATE_LIMIT_KEY_FAILURES_PER_15_MIN: 10,
			READY_TIMEOUT_MS: 2000,
			LOG_LEVEL: 'info',
			BENCHMARK: 'on',
			BENCHMARK_REFRESH_S: 3600,
			BENCHMARK_MIN_COUNT: 30,
			BENCHMARK_COMPLETIONS_PER_MINUTE: 5
		});
		expect(config.DATABASE_URL).toBeUndefined();
	});

	it('take postgres:// and postgresql:// URLs and numbers as numbers', () => {
		for (const url of ['postgres://u:p@db/smc', 'postgresql://db.internal:5433/smc']) {
			expect(parseConfig({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
		}
		expect(parseConfig({ DATABASE_POOL_SIZE: '25' }).DATABASE_POOL_SIZE).toBe(25);
	});

	it('treat an empty value as not set (a blank line in .env)', () => {
		const config = parseConfig({ DATABASE_URL: '', RATE_LIMIT_SHARES_PER_10_MIN: ' ' });
		expect(config.DATABASE_URL).toBeUndefined();
		expect(config.RATE_LIMIT_SHARES_PER_10_MIN).toBe(60);
	});

	it.each([
		['mysql://user:secret@db/smc'],
		['postgress://user:secret@db/smc'],
		['sqlite:./data/app.db'],
		['./data']
	])('refuse DATABASE_URL=%s instead of falling back to SQLite', (url) => {
		expect(() => parseConfig({ DATABASE_URL: url })).toThrow(ConfigError);
		expect(() => parseConfig({ DATABASE_URL: url })).toThrow(
			/^Invalid setting: DATABASE_URL must start with postgres:\/\/ or postgresql:\/\/$/
		);
	});

	it.each([
		['DATABASE_POOL_SIZE', 'ten'],
		['DATABASE_POOL_SIZE', '0'],
		['RATE_LIMIT_CAMPAIGNS_PER_HOUR', '-3'],
		['RATE_LIMIT_SHARES_PER_10_MIN', '1.5'],
		['RATE_LIMIT_KEY_FAILURES_PER_15_MIN', '1e3'],
		['READY_TIMEOUT_MS', '2s'],
		['BENCHMARK_MIN_COUNT', 'thirty']
	])('refuse %s=%s: not a positive whole number', (name, value) => {
		expect(() => parseConfig({ [name]: value })).toThrow(
			`Invalid setting: ${name}=${JSON.stringify(value)} must be a positive whole number`
		);
	});

	it('name every wrong setting in one line', () => {
		let message = '';
		try {
			parseConfig({ DATABASE_POOL_SIZE: 'x', LOG_LEVEL: 'loud' });
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('DATABASE_POOL_SIZE="x"');
		expect(message).toContain('LOG_LEVEL="loud" must be one of fatal, error, warn, info');
		expect(message).not.toContain('\n');
	});

	it('take QUIZ_DIR only when it names an existing folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'smc-quiz-dir-'));
		try {
			expect(parseConfig({ QUIZ_DIR: dir }).QUIZ_DIR).toBe(dir);
			expect(parseConfig({}).QUIZ_DIR).toBeUndefined();
			const file = join(dir, 'team.yaml');
			writeFileSync(file, 'id: team\n');
			for (const wrong of [join(dir, 'missing'), file]) {
				expect(() => parseConfig({ QUIZ_DIR: wrong })).toThrow(
					`Invalid setting: QUIZ_DIR=${JSON.stringify(wrong)} must name an existing folder`
				);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
