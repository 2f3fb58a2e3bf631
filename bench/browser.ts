// The whole app in Chromium on a big table: generate a CSV (an id and 9 numeric features around six
// blobs), drop it on the Library page, follow the default flow (Choose k, Run sweep, Cluster with the
// recommended k) and time it until the segments scatter is drawn. Prints one JSON line: ms from
// drop to segments, import / sweep / cluster ms, the longest main-thread task (longtask observer),
// and the page's JS heap at the end and its peak (sampled through CDP every 200 ms).
// Targets (issue 10): < 10 s drop → segments, no main-thread task > 200 ms, heap < 200 MB.
// Usage: node --import tsx bench/browser.ts [--quick] [--rows N] [--profile out.cpuprofile]
// (BUILD_DIR, default build/, is built when missing; --profile writes the page's main-thread CPU
// profile from drop to segments, for Chrome DevTools' Performance panel).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { chromium, type Page } from '@playwright/test';
import { createRandom } from '../src/lib/engine/random';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const rowsArg = args.indexOf('--rows');
const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : quick ? 100_000 : 1_000_000;
const features = 9;
const blobs = 6;
const buildDir = process.env.BUILD_DIR ?? 'build';
const profileArg = args.indexOf('--profile');
const profilePath = profileArg >= 0 ? args[profileArg + 1] : null;
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];
/** How long any one step may take before the bench gives up (the 1M table on 2 busy cores is slow). */
const stepTimeout = 15 * 60_000;

/** Writes the CSV a block of rows at a time (a 1M-row file is ~90 MB: never one string). */
async function writeCsv(path: string): Promise<void> {
	const random = createRandom(7).next;
	const centres = Array.from({ length: blobs }, () => Array.from({ length: features }, () => random() * 40 - 20));
	const out = createWriteStream(path);
	out.write(['customer_id', ...Array.from({ length: features }, (_, j) => `f${j + 1}`)].join(',') + '\n');
	const block = 10_000;
	for (let start = 0; start < rows; start += block) {
		const lines: string[] = [];
		for (let i = start; i < Math.min(rows, start + block); i++) {
			const c = centres[i % blobs];
			const values = c.map((m) => (m + gaussian(random) * 2).toFixed(3));
			lines.push(`C${String(i + 1).padStart(7, '0')},${values.join(',')}`);
		}
		if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
}

function gaussian(random: () => number): number {
	const u = 1 - random();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

async function freePort(): Promise<number> {
	const server = createServer();
	server.listen(0);
	await once(server, 'listening');
	const port = (server.address() as { port: number }).port;
	server.close();
	return port;
}

async function serve(port: number): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', buildDir, '--port', String(port), '--base', ''], { stdio: ['ignore', 'ignore', 'inherit'] });
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://localhost:${port}/`)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`the static server did not answer on port ${port}`);
}

/** Drops `file` (already set on a hidden input the bench added) on the import zone; resolves to the drop time on the page's clock. */
async function drop(page: Page, path: string): Promise<number> {
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.type = 'file';
		input.id = 'bench-file';
		input.style.display = 'none';
		document.body.append(input);
	});
	await page.setInputFiles('#bench-file', path);
	return page.evaluate(() => {
		const file = (document.getElementById('bench-file') as HTMLInputElement).files![0];
		const data = new DataTransfer();
		data.items.add(file);
		const zone = document.querySelector('label.drop')!;
		const t0 = performance.now();
		zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
		return t0;
	});
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function main(): Promise<void> {
	if (!existsSync(join(buildDir, 'index.html'))) {
		const built = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BUILD_DIR: buildDir } });
		if (built.status !== 0) throw new Error(`npm run build exited with ${built.status}`);
	}
	const dir = mkdtempSync(join(tmpdir(), 'segment-bench-'));
	const csv = join(dir, `blobs-${rows}.csv`);
	await writeCsv(csv);
	const port = await freePort();
	const server = await serve(port);
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		page.setDefaultTimeout(stepTimeout);
		await page.addInitScript(() => {
			const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
			w.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Performance.enable');
		const heap = async () => {
			const { metrics } = await cdp.send('Performance.getMetrics');
			return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
		};
		await page.goto(`http://localhost:${port}/`);
		await page.getByRole('heading', { name: /Import customers/ }).waitFor();
		await cdp.send('HeapProfiler.collectGarbage');
		let peak = 0;
		let sampling = true;
		const sampler = (async () => {
			while (sampling) {
				peak = Math.max(peak, await heap().catch(() => 0));
				await new Promise((r) => setTimeout(r, 200));
			}
		})();

		if (profilePath) {
			await cdp.send('Profiler.enable');
			await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
			await cdp.send('Profiler.start');
		}
		const t0 = await drop(page, csv);
		await page.waitForURL(/\/data\/$/);
		await page.getByRole('heading', { level: 1 }).waitFor();
		const imported = await now(page);

		await page.getByRole('link', { name: 'Choose k' }).first().click();
		const sweepButton = page.getByRole('button', { name: 'Run sweep' });
		await sweepButton.waitFor();
		const sweepStart = await now(page);
		await sweepButton.click();
		const recommendedText = () => document.querySelector('[data-testid="recommendation"]')?.textContent?.match(/Recommended k = (\d+)/)?.[1] ?? null;
		await page.waitForFunction(recommendedText, undefined, { polling: 250 });
		const swept = await now(page);
		const recommended = Number(await page.evaluate(recommendedText));

		const clusterStart = await now(page);
		await page.getByRole('button', { name: /^Cluster with k = \d+$/ }).click();
		await page.waitForURL(/\/segments\/$/);
		// CSS queries only, polled rarely: Playwright's role queries run on the page's main thread and showed up as long tasks.
		await page.waitForFunction(() => Number(document.querySelector('[data-points-drawn]')?.getAttribute('data-points-drawn') ?? 0) > 0, undefined, { polling: 100 });
		const shown = await now(page);

		sampling = false;
		await sampler;
		if (profilePath) writeFileSync(profilePath, JSON.stringify((await cdp.send('Profiler.stop')).profile));
		const endHeap = await heap();
		peak = Math.max(peak, endHeap);
		const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks);
		const after = longTasks.filter((t) => t.start >= t0);
		const longest = after.reduce((m, t) => Math.max(m, t.duration), 0);
		const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
		const ms = (x: number) => Math.round(x);
		console.log(
			JSON.stringify({
				browser: {
					rows,
					columns: features + 1,
					recommendedK: recommended,
					dropToSegmentsMs: ms(shown - t0),
					importMs: ms(imported - t0),
					sweepMs: ms(swept - sweepStart),
					clusterMs: ms(shown - clusterStart),
					longestTaskMs: ms(longest),
					longTasksOver200Ms: after.filter((t) => t.duration > 200).map((t) => ({ atMs: ms(t.start - t0), ms: ms(t.duration) })),
					heapEndMB: mb(endHeap),
					heapPeakMB: mb(peak),
					targets: { dropToSegmentsMs: 10_000, longestTaskMs: 200, heapMB: 200 }
				}
			})
		);
	} finally {
		await browser.close();
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();
