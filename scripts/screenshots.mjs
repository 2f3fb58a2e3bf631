// Screenshots of every step at phone and desktop widths, for looking at before an issue is closed
// (and for docs/screenshot.png). Needs a build: node scripts/screenshots.mjs [--out dir] [--dir build]
// Loads the Wholesale sample, runs a k = 5 segmentation through the UI, then visits each step.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' }, dir: { type: 'string', default: 'build' }, port: { type: 'string', default: '4188' } } });
const url = `http://localhost:${values.port}/`;
mkdirSync(values.out, { recursive: true });
const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', values.dir, '--port', values.port], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
	const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
	const page = await context.newPage();
	page.setDefaultTimeout(120_000);
	await page.goto(url);
	await page.getByRole('button', { name: 'Load Wholesale customers' }).click();
	await page.getByTestId('row-count').waitFor();
	// The recipe of the reference: the six spend columns, log1p, standard scaling.
	await page.goto(`${url}prepare/`);
	await page.getByTestId('recipe-text').waitFor();
	for (const column of ['Channel', 'Region']) await page.getByRole('checkbox', { name: new RegExp(`^${column}`) }).uncheck();
	await page.getByRole('button', { name: /^Apply all log1p suggestions/ }).click();
	await page.goto(`${url}choose-k/`);
	await page.getByRole('button', { name: 'Run sweep' }).click();
	await page.getByTestId('sweep-row').nth(9).waitFor();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('5');
	await page.getByRole('button', { name: 'Cluster with k = 5' }).click();
	await page.waitForURL(/segments/);
	await page.waitForTimeout(1500);
	const steps = ['', 'data/', 'explore/', 'prepare/', 'choose-k/', 'segments/', 'classify/', 'export/', 'rfm/', 'report/'];
	for (const width of [1440, 375]) {
		await page.setViewportSize({ width, height: width > 500 ? 1000 : 800 });
		for (const step of steps) {
			await page.goto(url + step);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1500);
			const name = (step.replace(/\/$/, '') || 'library') + `-${width}`;
			await page.screenshot({ path: `${values.out}/${name}.png`, fullPage: true });
			await page.screenshot({ path: `${values.out}/${name}-top.png` });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			console.log(`${name}.png${overflow > 0 ? `  (page overflows horizontally by ${overflow}px)` : ''}`);
		}
	}
} finally {
	await browser.close();
	server.kill();
}
