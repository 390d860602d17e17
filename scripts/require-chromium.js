// Fails `npm run test:e2e` early, in one line, when no Chromium is installed.
import { chromiumPath } from './chromium-path.js';

if (!chromiumPath()) {
	console.error(
		'No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.'
	);
	process.exit(1);
}
