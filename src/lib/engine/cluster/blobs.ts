// Seeded Gaussian blobs (like scikit-learn's make_blobs): synthetic data for tests, demos and benchmarks.
import { createMatrix, type Matrix } from '../matrix';
import { createRandom } from '../random';

/** Options of gaussianBlobs(). */
export interface BlobOptions {
	/** Rows to draw. */
	rows: number;
	/** Blob centres, one array of d coordinates each. */
	centres: number[][];
	/** Standard deviation of every coordinate around its centre; default 1. */
	spread?: number;
	/** Seed of the draws; default 42. */
	seed?: number;
}

/** Rows drawn around uniformly chosen centres with Box-Muller normal noise; `truth` holds each row's centre. */
export function gaussianBlobs(options: BlobOptions): { X: Matrix; truth: Int32Array } {
	const { rows: n, centres, spread = 1, seed = 42 } = options;
	const d = centres[0]?.length ?? 0;
	const random = createRandom(seed);
	const X = createMatrix(n, d);
	const truth = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const c = random.int(centres.length);
		truth[i] = c;
		for (let j = 0; j < d; j++) {
			const u = 1 - random.next();
			const g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
			X.data[i * d + j] = centres[c][j] + spread * g;
		}
	}
	return { X, truth };
}

/** `count` centres with coordinates uniform in `box` (scikit-learn's make_blobs default: [-10, 10)), seeded. */
export function randomCentres(count: number, d: number, seed: number, box: [number, number] = [-10, 10]): number[][] {
	const random = createRandom(seed);
	const [low, high] = box;
	return Array.from({ length: count }, () => Array.from({ length: d }, () => low + (high - low) * random.next()));
}
