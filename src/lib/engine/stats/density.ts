// A smooth outline of a distribution: Gaussian kernel density with Scott's bandwidth (as scipy's
// gaussian_kde in one dimension), evaluated on an even grid. Large inputs use a seeded sample.
import { createRandom, sampleIndices } from '../random';

export interface DensityOptions {
	/** Grid points the density is evaluated at; default 128. */
	points?: number;
	/** Above this many values, a seeded sample of this size is used; default 50,000. */
	maxSample?: number;
	/** Seed of that sample; default 0. */
	seed?: number;
}

export interface Density {
	/** Even grid from min - 3 bandwidths to max + 3 bandwidths; empty when there is no spread. */
	x: Float64Array;
	/** Density at each x (integrates to about 1 over the grid). */
	y: Float64Array;
	/** Kernel standard deviation: sample std x n^(-1/5) (Scott); NaN with fewer than two distinct values. */
	bandwidth: number;
	/** Values the estimate used (the sample size when sampled). */
	n: number;
	sampled: boolean;
}

const defaults = { points: 128, maxSample: 50_000, seed: 0 };
/** Kernels are cut at 8 bandwidths, where they weigh exp(-32) ~ 1e-14 of their peak. */
const reach = 8;

/** density(values): Gaussian KDE of the finite values (NaN and ±Infinity left out). */
export function density(values: Float64Array, options: DensityOptions = {}): Density {
	const { points, maxSample, seed } = { ...defaults, ...options };
	if (!(Number.isInteger(points) && points >= 2)) throw new Error(`points must be a whole number >= 2 (got ${points})`);
	const all = finiteValues(values);
	const sampled = all.length > maxSample;
	const used = sampled ? pick(all, sampleIndices(all.length, maxSample, createRandom(seed))) : all;
	const n = used.length;
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < n; i++) {
		if (used[i] < min) min = used[i];
		if (used[i] > max) max = used[i];
	}
	// Compared, not read off the std: the mean of equal values can round, leaving a tiny false spread.
	if (!(max > min)) return { x: new Float64Array(0), y: new Float64Array(0), bandwidth: NaN, n, sampled };
	const bandwidth = sampleStd(used) * n ** -0.2;
	const x0 = min - 3 * bandwidth;
	const step = (max - min + 6 * bandwidth) / (points - 1);
	const x = Float64Array.from({ length: points }, (_, j) => x0 + j * step);
	return { x, y: evaluate(used, x, x0, step, bandwidth), bandwidth, n, sampled };
}

function finiteValues(values: Float64Array): Float64Array {
	const out = new Float64Array(values.length);
	let n = 0;
	for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[n++] = values[i];
	return out.subarray(0, n);
}

function pick(values: Float64Array, rows: Int32Array): Float64Array {
	return Float64Array.from(rows, (i) => values[i]);
}

function sampleStd(values: Float64Array): number {
	const n = values.length;
	if (n < 2) return NaN;
	let sum = 0;
	for (let i = 0; i < n; i++) sum += values[i];
	const mean = sum / n;
	let squares = 0;
	for (let i = 0; i < n; i++) squares += (values[i] - mean) ** 2;
	return Math.sqrt(squares / (n - 1));
}

/** Each value adds its kernel to the grid points within `reach` bandwidths of it. */
function evaluate(values: Float64Array, x: Float64Array, x0: number, step: number, h: number): Float64Array {
	const m = x.length;
	const y = new Float64Array(m);
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		const from = Math.max(0, Math.ceil((v - reach * h - x0) / step));
		const to = Math.min(m - 1, Math.floor((v + reach * h - x0) / step));
		for (let j = from; j <= to; j++) {
			const z = (x[j] - v) / h;
			y[j] += Math.exp(-0.5 * z * z);
		}
	}
	const scale = 1 / (values.length * h * Math.sqrt(2 * Math.PI));
	for (let j = 0; j < m; j++) y[j] *= scale;
	return y;
}
