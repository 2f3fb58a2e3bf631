// Clustering benchmark on seeded Gaussian blobs (scikit-learn make_blobs defaults: centres uniform in
// [-10, 10), standard deviation 1; d = 8, k = 5): k-means per full Lloyd pass and per fit (k-means++
// included) at 10k, 100k and 1M rows, k-means++ alone at 1M, a k = 1..10 sweep on 100k, the
// silhouette on 10k, and peak RSS next to the matrix size. Separated blobs converge in 2 iterations,
// so fit times there are mostly fixed costs (k-means++, the input scan, the final means); the
// overlapping case (std 4) shows the per-iteration cost of long runs, Hamerly's and plain Lloyd's. Prints one JSON object on one line.
// Run: node --expose-gc --import tsx bench/cluster.ts [--quick]
import { gaussianBlobs, randomCentres } from '../src/lib/engine/cluster/blobs';
import { kmeans } from '../src/lib/engine/cluster/kmeans';
import { kmeansPlusPlus } from '../src/lib/engine/cluster/kmeansPlusPlus';
import { lloydPartial } from '../src/lib/engine/cluster/lloyd';
import { miniBatchKMeans } from '../src/lib/engine/cluster/miniBatchKMeans';
import { sweep } from '../src/lib/engine/cluster/sweep';
import type { Matrix } from '../src/lib/engine/matrix';
import { silhouette } from '../src/lib/engine/metrics/silhouette';
import { createRandom } from '../src/lib/engine/random';

const quick = process.argv.includes('--quick');
const d = 8;
const k = 5;
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const centres = randomCentres(k, d, 7);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const rssMB = () => round(process.memoryUsage().rss / 2 ** 20);
const peakMB = () => round(process.resourceUsage().maxRSS / 1024);

function time<T>(run: () => T): { ms: number; value: T } {
	const start = performance.now();
	const value = run();
	return { ms: performance.now() - start, value };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function blobs(rows: number, spread = 1): Matrix {
	return gaussianBlobs({ rows, centres, spread, seed: 42 }).X;
}

/** Overlapping blobs (std 4) need many Lloyd iterations, where Hamerly's bounds pay or do not. */
function overlappingFigures(rows: number) {
	const X = blobs(rows, 4);
	const initMs = time(() => kmeansPlusPlus(X, k, createRandom(42))).ms;
	const hamerly = time(() => kmeans(X, { k, restarts: 1 }));
	const lloyd = time(() => kmeans(X, { k, restarts: 1, method: 'lloyd' }));
	const perIteration = (ms: number) => round((ms - initMs) / hamerly.value.iterations);
	return {
		rows,
		spread: 4,
		iterations: hamerly.value.iterations,
		initMs: round(initMs),
		hamerly: { ms: round(hamerly.ms), msPerIteration: perIteration(hamerly.ms) },
		plainLloyd: { ms: round(lloyd.ms), msPerIteration: perIteration(lloyd.ms) },
		sameLabels: hamerly.value.labels.every((v, i) => v === lloyd.value.labels[i])
	};
}

function kmeansFigures(X: Matrix) {
	const init = kmeansPlusPlus(X, k, createRandom(42)).centres;
	const labels = new Int32Array(X.rows);
	const passes = Array.from({ length: 5 }, () => time(() => lloydPartial(X, 0, X.rows, init, k, undefined, labels)).ms);
	const one = time(() => kmeans(X, { k, restarts: 1 }));
	const lloydOne = time(() => kmeans(X, { k, restarts: 1, method: 'lloyd' }));
	const initMs = median(Array.from({ length: 3 }, () => time(() => kmeansPlusPlus(X, k, createRandom(1))).ms));
	const defaults = X.rows <= 1_000_000 ? time(() => kmeans(X, { k })) : undefined;
	const miniBatch = time(() => miniBatchKMeans(X, { k }));
	return {
		rows: X.rows,
		lloydPassMs: round(median(passes)),
		fitRestarts1: {
			ms: round(one.ms),
			iterations: one.value.iterations,
			msPerIteration: round((one.ms - initMs) / one.value.iterations),
			plainLloydMs: round(lloydOne.ms)
		},
		initMs: round(initMs),
		fitRestarts10Ms: defaults ? round(defaults.ms) : undefined,
		miniBatch: { ms: round(miniBatch.ms), steps: miniBatch.value.iterations, inertiaOverKMeans: round(miniBatch.value.inertia / one.value.inertia, 4) }
	};
}

const baselineMB = rssMB();
const results: ReturnType<typeof kmeansFigures>[] = [];
let sweepFigures: Record<string, unknown> = {};
let silhouetteFigures: Record<string, unknown> = {};
let peakAfterKmeansMB = 0;
for (const rows of sizes) {
	const X = blobs(rows);
	results.push(kmeansFigures(X));
	peakAfterKmeansMB = peakMB();
	if (rows === 10_000) {
		const labels = kmeans(X, { k, restarts: 1 }).labels;
		const s = time(() => silhouette(X, labels));
		silhouetteFigures = { rows, seconds: round(s.ms / 1000, 3), score: round(s.value.score, 4) };
	}
	if (rows === 100_000) {
		const one = time(() => sweep(X, { restarts: 1 }));
		const full = time(() => sweep(X));
		sweepFigures = {
			rows,
			kRange: '1..10',
			restarts1Seconds: round(one.ms / 1000, 2),
			restarts10Seconds: round(full.ms / 1000, 2),
			silhouetteSample: full.value.silhouetteSample,
			recommendedK: full.value.recommendedK,
			secondsPerK: full.value.rows.map((r) => round(r.seconds, 3))
		};
	}
	gc();
}

const overlapping = overlappingFigures(sizes[sizes.length - 1]);
gc();
const largest = results[results.length - 1];
const matrixMB = round((largest.rows * d * 8) / 2 ** 20);
console.log(
	JSON.stringify({
		cluster: {
			data: { features: d, k, seed: 42, blobs: 'make_blobs defaults (centres in [-10, 10), std 1)' },
			kmeans: results,
			overlapping,
			initSecondsAtLargest: round(largest.initMs / 1000, 3),
			sweep: sweepFigures,
			silhouette: silhouetteFigures,
			memory: {
				baselineRssMB: baselineMB,
				largestMatrixMB: matrixMB,
				// Peak RSS once the largest matrix has been made and clustered (restarts 1 and 10, plain Lloyd).
				kmeansPeakRssMB: peakAfterKmeansMB,
				kmeansPeakOverMatrix: round(peakAfterKmeansMB / matrixMB, 2),
				kmeansPeakAboveBaselineOverMatrix: round((peakAfterKmeansMB - baselineMB) / matrixMB, 2),
				// Whole run, including the overlapping blobs' second matrix while the first awaits collection.
				peakRssMB: peakMB()
			},
			targets: quick
				? undefined
				: {
						msPerIterationAt1M: 33,
						initSecondsAt1M: 0.3,
						sweepSeconds: 2.5,
						peakOverMatrix: 3,
						scikitLearn: { msPerIteration: 16.5, initSeconds: 0.1, sweepSeconds: 1.0 },
						mlKmeansMsPerIteration: 150
					}
		}
	})
);
