import { defineConfig } from '@playwright/test';

// Browser tests drive the built static site (build/, or BUILD_DIR) served under BASE_PATH, in
// Debian's Chromium: Playwright's own browser download is not reachable from these machines.
const base = process.env.BASE_PATH ?? '';
const dir = process.env.BUILD_DIR ?? 'build';
const port = Number(process.env.PORT ?? (base ? 4174 : 4173));

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}${base}/`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run'
			]
		}
	},
	webServer: {
		command: `node scripts/serve.mjs --dir ${dir} --port ${port} --base "${base}"`,
		url: `http://localhost:${port}${base}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
