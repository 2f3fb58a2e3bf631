// Seeded synthetic data sets with a known number of groups, for the recommendation's benchmark and
// tests: Gaussian groups of equal or unequal size and spread, elongated (tilted ellipsoids), close
// but separable, in 2-10 features; and structureless sets (one uniform box or one Gaussian) whose
// right answer is "no strong structure". Group centres are drawn until every pair is far enough apart
// for its spreads, so each set is separable by construction.
import { createMatrix, type Matrix } from '../matrix';
import { createRandom, type Random } from '../random';

export const knownGroupFamilies = ['equal', 'unequalSizes', 'unequalSpreads', 'dimension', 'elongated', 'close', 'noStructure'] as const;
export type KnownGroupFamily = (typeof knownGroupFamilies)[number];

export interface KnownGroupSet {
	family: KnownGroupFamily;
	X: Matrix;
	/** Groups drawn (1 for noStructure). */
	k: number;
	/** Each row's group. */
	truth: Int32Array;
	/** A short description: "k=4 d=7 unequalSizes". */
	name: string;
}

/** Options of knownGroupSet(). */
export interface KnownGroupOptions {
	family: KnownGroupFamily;
	seed: number;
	/** Rows; default 1,500. */
	rows?: number;
	/** Groups; default drawn from 2..8 (ignored for noStructure). */
	k?: number;
	/** Features; default drawn from 2..10. */
	d?: number;
}

/** One seeded set of `family`. */
export function knownGroupSet(options: KnownGroupOptions): KnownGroupSet {
	const { family, seed, rows = 1500 } = options;
	const random = createRandom(seed);
	const k = family === 'noStructure' ? 1 : (options.k ?? 2 + random.int(7));
	const d = options.d ?? (family === 'dimension' ? [2, 10][random.int(2)] : 2 + random.int(9));
	if (family === 'noStructure') return structureless(random, rows, d, seed);
	const spreads = Array.from({ length: k }, () => (family === 'unequalSpreads' ? 0.4 + 1.6 * random.next() : 1));
	const weights = Array.from({ length: k }, () => (family === 'unequalSizes' ? 1 + 7 * random.next() : 1));
	// Each group's axes: tilted and stretched up to 4:1 for 'elongated', round otherwise.
	const axes = Array.from({ length: k }, () => (family === 'elongated' ? stretchedAxes(random, d) : null));
	const reach = spreads.map((s, c) => s * (axes[c] ? Math.max(...axes[c]!.scales) : 1));
	const separation = family === 'close' ? 1.9 : 3;
	const centres = separatedCentres(random, k, d, reach, separation);
	const sizes = groupSizes(weights, rows);
	const X = createMatrix(rows, d);
	const truth = new Int32Array(rows);
	const z = new Float64Array(d);
	let i = 0;
	for (let c = 0; c < k; c++) {
		for (let m = 0; m < sizes[c]; m++, i++) {
			truth[i] = c;
			for (let t = 0; t < d; t++) z[t] = normal(random) * spreads[c] * (axes[c] ? axes[c]!.scales[t] : 1);
			for (let t = 0; t < d; t++) {
				let v = centres[c][t];
				if (axes[c]) for (let u = 0; u < d; u++) v += axes[c]!.rotation[t * d + u] * z[u];
				else v += z[t];
				X.data[i * d + t] = v;
			}
		}
	}
	return { family, X, k, truth, name: `${family} k=${k} d=${d} seed=${seed}` };
}

function structureless(random: Random, rows: number, d: number, seed: number): KnownGroupSet {
	const uniform = random.next() < 0.5;
	const X = createMatrix(rows, d);
	for (let p = 0; p < X.data.length; p++) X.data[p] = uniform ? 10 * random.next() : normal(random);
	return { family: 'noStructure', X, k: 1, truth: new Int32Array(rows), name: `noStructure ${uniform ? 'uniform' : 'gaussian'} d=${d} seed=${seed}` };
}

/** Rows per group in proportion to the weights, at least 2% of the rows each, summing to rows. */
function groupSizes(weights: number[], rows: number): number[] {
	const total = weights.reduce((a, b) => a + b, 0);
	const sizes = weights.map((w) => Math.max(Math.ceil(0.02 * rows), Math.floor((w / total) * rows)));
	sizes[sizes.indexOf(Math.max(...sizes))] += rows - sizes.reduce((a, b) => a + b, 0);
	return sizes;
}

/** Centres with |c_i - c_j| >= separation x (reach_i + reach_j), drawn in a box that grows until they fit. */
function separatedCentres(random: Random, k: number, d: number, reach: number[], separation: number): number[][] {
	let side = 4 * separation * Math.max(...reach);
	for (;;) {
		const centres: number[][] = [];
		for (let attempt = 0; attempt < 2000 && centres.length < k; attempt++) {
			const c = Array.from({ length: d }, () => side * random.next());
			const ok = centres.every((o, j) => Math.hypot(...o.map((v, t) => v - c[t])) >= separation * (reach[centres.length] + reach[j]));
			if (ok) centres.push(c);
		}
		if (centres.length === k) return centres;
		side *= 1.3;
	}
}

/** A random rotation (Gram-Schmidt on Gaussian columns) and axis scales from 0.25 to 1. */
function stretchedAxes(random: Random, d: number): { rotation: Float64Array; scales: number[] } {
	const rotation = new Float64Array(d * d);
	for (let col = 0; col < d; col++) {
		const v = Array.from({ length: d }, () => normal(random));
		for (let prev = 0; prev < col; prev++) {
			let dot = 0;
			for (let t = 0; t < d; t++) dot += v[t] * rotation[t * d + prev];
			for (let t = 0; t < d; t++) v[t] -= dot * rotation[t * d + prev];
		}
		const norm = Math.hypot(...v);
		for (let t = 0; t < d; t++) rotation[t * d + col] = v[t] / norm;
	}
	const scales = Array.from({ length: d }, (_, t) => (t === 0 ? 1 : 0.25 + 0.5 * random.next()));
	return { rotation, scales };
}

function normal(random: Random): number {
	const u = 1 - random.next();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}
