// Import benchmark: a 1,000,000-row x 10-column numeric CSV (about 80 MB, written once to the temp
// folder and reused) read with importBlob(fs.openAsBlob(path)), the same code the browser worker
// runs on a File. Prints one JSON object: rows, columns, file size, seconds, MB/s and the peak
// resident memory rise over the baseline taken just before parsing (sampled on a timer and at
// every progress report), also as a multiple of the file size.
// Run: node --expose-gc --import tsx bench/parse.ts [--quick]   (--quick: 100,000 rows)
import { createWriteStream, existsSync, openAsBlob, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { importBlob } from '../src/lib/engine/io/import';
import { createRandom } from '../src/lib/engine/random';

const quick = process.argv.includes('--quick');
const rows = quick ? 100_000 : 1_000_000;
const columns = 10;

/** Writes the CSV once: integers, decimals with 2-4 places and a few negatives, like sales data. */
async function ensureFile(path: string): Promise<void> {
	if (existsSync(path)) return;
	const random = createRandom(42);
	const partial = `${path}.partial`;
	const out = createWriteStream(partial);
	out.write(Array.from({ length: columns }, (_, j) => `c${j}`).join(',') + '\n');
	let lines: string[] = [];
	for (let i = 0; i < rows; i++) {
		const cells: string[] = [];
		for (let j = 0; j < columns; j++) {
			const u = random.next();
			cells.push(j % 3 === 0 ? String(Math.floor(u * 100_000)) : ((u - 0.1) * 10_000).toFixed(2 + (j % 3)));
		}
		lines.push(cells.join(','));
		if (lines.length === 10_000) {
			if (!out.write(lines.join('\n') + '\n')) await once(out, 'drain');
			lines = [];
		}
	}
	out.end(lines.length ? lines.join('\n') + '\n' : '');
	await once(out, 'finish');
	renameSync(partial, path);
}

const mb = (bytes: number) => bytes / 2 ** 20;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
	const path = join(tmpdir(), `segment-lab-bench-${rows}x${columns}.csv`);
	await ensureFile(path);
	const fileBytes = statSync(path).size;
	globalThis.gc?.();
	await new Promise((resolve) => setTimeout(resolve, 50));
	const baseline = process.memoryUsage().rss;
	let peak = baseline;
	const sample = () => {
		peak = Math.max(peak, process.memoryUsage().rss);
	};
	const timer = setInterval(sample, 10);
	const start = performance.now();
	const result = await importBlob(await openAsBlob(path), { fileName: 'bench.csv', onProgress: sample });
	const seconds = (performance.now() - start) / 1000;
	sample();
	clearInterval(timer);
	const { table } = result;
	if (table.rowCount !== rows || table.columns.length !== columns || table.columns.some((c) => c.type !== 'numeric')) {
		throw new Error(`bench: expected ${rows} x ${columns} numeric, got ${table.rowCount} x ${table.columns.length}`);
	}
	const fileMB = mb(fileBytes);
	const peakRssMB = mb(peak - baseline);
	console.log(
		JSON.stringify({
			parse: {
				rows: table.rowCount,
				columns: table.columns.length,
				fileMB: round(fileMB, 1),
				seconds: round(seconds, 3),
				MBps: round(fileMB / seconds, 1),
				peakRssMB: round(peakRssMB, 1),
				baselineRssMB: round(mb(baseline), 1),
				peakOverFile: round(peakRssMB / fileMB, 2)
			}
		})
	);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
