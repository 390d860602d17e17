import { env } from '$env/dynamic/private';
import { parseConfig, type Config } from './config-schema';

export { ConfigError, parseConfig, type Config, type LogLevel } from './config-schema';

let current: Config | undefined;

/** The validated settings of this process, read on first use (the `init` hook does that at start). */
export function config(): Config {
	return (current ??= parseConfig(env));
}
