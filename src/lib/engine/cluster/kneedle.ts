// Kneedle (Satopaa et al. 2011) as the `kneed` package computes it with its defaults (S = 1, no
// smoothing, offline: the first knee found): normalise both axes to [0, 1], turn the curve so the
// knee is a maximum of y - x, and declare the first local maximum after which the difference curve
// drops below (that maximum - S x mean x step) before the next local maximum.

/** Options of kneedle(). */
export interface KneedleOptions {
	/** 'convex' (default: an elbow, like inertia against k) or 'concave'. */
	curve?: 'convex' | 'concave';
	/** 'decreasing' (default, like inertia) or 'increasing' (like sorted k-distances). */
	direction?: 'decreasing' | 'increasing';
	/** Sensitivity S: higher waits for a clearer knee; default 1. */
	sensitivity?: number;
}

const defaults = { curve: 'convex' as const, direction: 'decreasing' as const, sensitivity: 1 };

/** The x of the knee, or null when there is none (fewer than 3 points, a flat or straight curve). */
export function kneedle(xs: ArrayLike<number>, ys: ArrayLike<number>, options: KneedleOptions = {}): number | null {
	const index = kneedleIndex(xs, ys, options);
	return index === null ? null : xs[index];
}

/** Index of the knee in xs (sorted ascending), or null. */
export function kneedleIndex(xs: ArrayLike<number>, ys: ArrayLike<number>, options: KneedleOptions = {}): number | null {
	const o = { ...defaults, ...options };
	const difference = differenceCurve(xs, ys, o);
	if (!difference) return null;
	const n = difference.length;
	const isMax = (i: number) => difference[i] >= difference[Math.max(i - 1, 0)] && difference[i] >= difference[Math.min(i + 1, n - 1)];
	const isMin = (i: number) => difference[i] <= difference[Math.max(i - 1, 0)] && difference[i] <= difference[Math.min(i + 1, n - 1)];
	const step = 1 / (n - 1);
	let threshold = 0;
	let thresholdIndex = -1;
	for (let i = 0; i < n - 1; i++) {
		if (isMax(i)) {
			threshold = difference[i] - o.sensitivity * step;
			thresholdIndex = i;
		}
		if (thresholdIndex < 0) continue;
		if (isMin(i)) threshold = 0;
		if (difference[i + 1] < threshold) return flipped(o) ? n - 1 - thresholdIndex : thresholdIndex;
	}
	return null;
}

/** Kneedle's normalised difference curve (in the turned orientation), or null when undefined. */
export function differenceCurve(xs: ArrayLike<number>, ys: ArrayLike<number>, options: KneedleOptions = {}): Float64Array | null {
	const o = { ...defaults, ...options };
	if (xs.length !== ys.length) throw new Error(`kneedle needs as many x as y values (${xs.length} and ${ys.length})`);
	const n = xs.length;
	if (n < 3) return null;
	for (let i = 0; i < n; i++) {
		if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) throw new Error(`kneedle point ${i} is not finite`);
		if (i > 0 && xs[i] <= xs[i - 1]) throw new Error('kneedle needs x values in increasing order');
	}
	const x = normalise(xs);
	let y = normalise(ys);
	if (!x || !y) return null;
	if (o.direction === 'decreasing' && o.curve === 'concave') y = y.reverse();
	else if (o.direction === 'decreasing') y = y.map((v) => 1 - v);
	else if (o.curve === 'convex') y = y.map((v) => 1 - v).reverse();
	return y.map((v, i) => v - x[i]);
}

/** True when the turned curve runs backwards, so indices map back as n - 1 - i. */
function flipped(o: typeof defaults | Required<KneedleOptions>): boolean {
	return (o.direction === 'decreasing' && o.curve === 'concave') || (o.direction === 'increasing' && o.curve === 'convex');
}

/** Values scaled to [0, 1], or null when they are all equal. */
function normalise(values: ArrayLike<number>): Float64Array | null {
	let min = Infinity;
	let max = -Infinity;
	for (let i = 0; i < values.length; i++) {
		if (values[i] < min) min = values[i];
		if (values[i] > max) max = values[i];
	}
	const range = max - min;
	return range > 0 ? Float64Array.from(values, (v) => (v - min) / range) : null;
}
