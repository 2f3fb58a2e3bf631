#!/usr/bin/env node
// A real full disk, by hand (issue 11.1): Chromium's profile on a 160 MB tmpfs, four datasets
// stored, the disk then filled with a ballast file to ~3 MB free, and five imports of a 16 MB CSV
// tried; then Chromium is restarted and the library counted. Needs root (mount) and a build:
//   sudo node scripts/disk-full-experiment.mjs build 4399 label
// Seen here on 2026-12-03 (browser quota reported: 1.09 GB on the 160 MB disk). Before the fix each
// failed import said "Failed to write blobs (IOError)", left the disk at 0.2-0.9 MB free, and in 1
// of 3 runs Chromium then deleted the origin's whole IndexedDB ("The database connection is
// closing"; 0 datasets after restart). Chunked writes alone: still 1 wipe in 2 runs. Chunked writes
// with the free-space probe: 3 runs x 5 tries, every try "Not enough space to store ...", the disk
// never below 3.2 MB free, all four datasets listed after restart.
import { chromium } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, statfsSync } from 'node:fs';

const [buildDir = 'build', port = '4399', label = 'run'] = process.argv.slice(2);
const mnt = `/tmp/segment-lab-disk-${label}`;
mkdirSync(mnt, { recursive: true });
execSync(`mount -t tmpfs -o size=160m tmpfs ${mnt}`);
const server = spawn('node', ['scripts/serve.mjs', '--dir', buildDir, '--port', port], { stdio: 'ignore' });
process.on('exit', () => {
	server.kill();
	try {
		execSync(`umount ${mnt}`);
	} catch {
		// still busy: unmount by hand
	}
});
await new Promise((r) => setTimeout(r, 1000));

const freeMb = () => {
	const s = statfsSync(mnt);
	return ((s.bavail * s.bsize) / 1048576).toFixed(1);
};
const idbMb = () => execSync(`du -sm ${mnt}/profile/Default/IndexedDB 2>/dev/null | cut -f1 || echo 0`).toString().trim();
const launch = () =>
	chromium.launchPersistentContext(`${mnt}/profile`, {
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
		baseURL: `http://localhost:${port}/`
	});

/** Generates a numeric CSV in the page and hands it to the file input. */
async function drop(page, name, cols, rows, seed) {
	await page.evaluate(
		({ name, cols, rows, seed }) => {
			const lines = [Array.from({ length: cols }, (_, j) => `c${j}`).join(',')];
			for (let i = 0; i < rows; i++) lines.push(Array.from({ length: cols }, (_, j) => (((i + seed) * 7919 + j * 104729) % 100003) / 7).join(','));
			const files = new DataTransfer();
			files.items.add(new File([lines.join('\n')], name, { type: 'text/csv' }));
			const input = document.querySelector('input[type=file]');
			input.files = files.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		},
		{ name, cols, rows, seed }
	);
}

let context = await launch();
let page = context.pages()[0] ?? (await context.newPage());
await page.goto('./');
await page.waitForSelector('input[type=file]');
for (let n = 0; n < 4; n++) {
	await drop(page, `old${n}.csv`, 20, 25000, n);
	await page.waitForFunction((name) => document.querySelector('[aria-label="Open dataset"] .name')?.textContent === name, `old${n}`, { timeout: 60000 });
	await page.goto('./');
	await page.waitForSelector('input[type=file]');
}
const estimate = await page.evaluate(() => navigator.storage.estimate());
console.log(label, `4 datasets stored; IndexedDB ${idbMb()} MB, disk free ${freeMb()} MB, browser quota ${(estimate.quota / 1e9).toFixed(2)} GB`);
execSync(`dd if=/dev/zero of=${mnt}/ballast bs=1M count=${Math.floor(Number(freeMb()) - 3)} status=none || true`);
console.log(label, `ballast written; disk free ${freeMb()} MB`);
for (let t = 0; t < 5; t++) {
	await page.goto('./');
	await page.waitForSelector('input[type=file]');
	await page.waitForTimeout(1000);
	await drop(page, `big${t}.csv`, 40, 50000, 99 + t);
	const alert = page.getByRole('alert');
	await Promise.race([alert.first().waitFor({ timeout: 90000 }), page.getByTestId('row-count').waitFor({ timeout: 90000 })]).catch(() => {});
	await page.waitForTimeout(1000);
	const text = (await alert.allTextContents()).join(' ').trim().slice(0, 160);
	console.log(label, `try ${t}: ${await page.getByTestId('library-item').count()} listed, IndexedDB ${idbMb()} MB, free ${freeMb()} MB: ${text}`);
}
await context.close();
rmSync(`${mnt}/ballast`);
context = await launch();
page = context.pages()[0] ?? (await context.newPage());
await page.goto('./');
await page.waitForSelector('input[type=file]');
await page.waitForTimeout(1500);
console.log(label, `after restart: ${await page.getByTestId('library-item').count()} listed, IndexedDB ${idbMb()} MB`);
await context.close();
process.exit(0);
