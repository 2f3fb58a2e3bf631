// k-means++ drawn from a 50,000-row sample (kmeansDriver.ts, above 100,000 rows) against drawn from
// every row (as before): the kept start's inertia and the fit's time, ten starts each, on separated
// blobs, overlapping blobs, and two real tables bootstrapped to half a million rows with a little
// jitter (UCI Wholesale: six skewed spend columns, log1p and standardised; the card-usage look-alike
// cc-like.csv: seventeen columns, missing filled with the median, log1p, standardised). Both sides
// run the same Lloyd passes on every row; only where the starts come from differs.
// Prints one JSON object on one line. Run: node --expose-gc --import tsx bench/seedSample.ts [--quick]
import { readFileSync } from 'node:fs';
import { gaussianBlobs, randomCentres } from '../src/lib/engine/cluster/blobs';
import { kmeans } from '../src/lib/engine/cluster/kmeans';
import { kmeansPlusPlus } from '../src/lib/engine/cluster/kmeansPlusPlus';
import { createMatrix, type Matrix } from '../src/lib/engine/matrix';
import { SEED_SAMPLE_FROM, SEED_SAMPLE_SIZE } from '../src/lib/engine/parallel/kmeansDriver';
import { createRandom } from '../src/lib/engine/random';

const quick = process.argv.includes('--quick');
const scale = quick ? 0.2 : 1;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Numeric columns of a CSV (first column an id when `id`), NaN for empty cells. */
function readNumbers(path: string, id: boolean): number[][] {
	const lines = readFileSync(path, 'utf8').trim().split(/\r?\n/).slice(1);
	return lines.map((line) => line.split(',').slice(id ? 1 : 0).map((v) => (v === '' ? NaN : Number(v))));
}

/** log1p of non-negative values, missing filled with the column median, standardised; bootstrapped to `rows` with N(0, 0.05) jitter. */
function bootstrap(table: number[][], columns: number[], rows: number, seed: number): Matrix {
	const d = columns.length;
	const cols = columns.map((j) => {
		const present = table.map((r) => r[j]).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
		const median = present[Math.floor(present.length / 2)];
		const values = table.map((r) => Math.log1p(Math.max(0, Number.isNaN(r[j]) ? median : r[j])));
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
		return values.map((v) => (v - mean) / sd);
	});
	const random = createRandom(seed);
	const X = createMatrix(rows, d);
	for (let i = 0; i < rows; i++) {
		const source = random.int(table.length);
		for (let t = 0; t < d; t++) {
			const u = 1 - random.next();
			X.data[i * d + t] = cols[t][source] + 0.05 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
		}
	}
	return X;
}

/** The former path: ten starts, each k-means++ over every row (one generator, as kmeansOverShards drew), the lowest inertia kept. */
function everyRowSeeding(X: Matrix, k: number, seed: number): number {
	const random = createRandom(seed);
	let best = Infinity;
	for (let r = 0; r < 10; r++) {
		const init = kmeansPlusPlus(X, k, random).centres;
		best = Math.min(best, kmeans(X, { k, init }).inertia);
	}
	return best;
}

const wholesale = readNumbers('tests/fixtures/data/wholesale-customers.csv', false);
const cc = readNumbers('tests/fixtures/data/cc-like.csv', true);
const cases: { name: string; k: number; X: () => Matrix }[] = [
	{ name: 'six separated blobs, 1M x 9', k: 6, X: () => gaussianBlobs({ rows: 1_000_000 * scale, centres: randomCentres(6, 9, 3, [-20, 20]), spread: 2, seed: 1 }).X },
	{ name: 'overlapping blobs, 500k x 8', k: 20, X: () => gaussianBlobs({ rows: 500_000 * scale, centres: randomCentres(20, 8, 7, [-4, 4]), spread: 1.5, seed: 42 }).X },
	{ name: 'wholesale bootstrapped, 500k x 6', k: 5, X: () => bootstrap(wholesale, [2, 3, 4, 5, 6, 7], 500_000 * scale, 5) },
	{ name: 'cc-like bootstrapped, 500k x 17', k: 8, X: () => bootstrap(cc, Array.from({ length: 17 }, (_, j) => j), 500_000 * scale, 6) }
];
// Which start wins is luck of the seed on both sides: three seeds each, and their mean.
const seeds = quick ? [1] : [1, 2, 3];

const results = cases.map(({ name, k, X: make }) => {
	const X = make();
	let msEveryRow = 0;
	let msSampled = 0;
	const ratios = seeds.map((seed) => {
		let t = performance.now();
		const before = everyRowSeeding(X, k, seed);
		msEveryRow += performance.now() - t;
		t = performance.now();
		const after = kmeans(X, { k, seed }).inertia;
		msSampled += performance.now() - t;
		return after / before;
	});
	return {
		name,
		rows: X.rows,
		k,
		seeds,
		sampledOverEveryRow: ratios.map((r) => round(r, 5)),
		meanRatio: round(ratios.reduce((a, b) => a + b, 0) / ratios.length, 5),
		msEveryRow: round(msEveryRow / seeds.length),
		msSampled: round(msSampled / seeds.length)
	};
});
console.log(JSON.stringify({ seedSample: { starts: 10, sampleRows: SEED_SAMPLE_SIZE, fromRows: SEED_SAMPLE_FROM, results } }));
