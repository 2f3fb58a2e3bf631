// Turns raw labels into the published form: segments renumbered by size (largest = 0, ties by the
// lowest first row), empty ones dropped, centroids = means of members, sizes and inertia to match.
import type { Matrix } from '../matrix';

/** Labels renumbered by size, with the means of members and the within-segment sum of squares. */
export interface Segments {
	k: number;
	labels: Int32Array;
	centroids: Float64Array;
	sizes: number[];
	inertia: number;
}

/**
 * Renumber `raw` (values 0..rawK-1, or -1 for noise, which stays -1) so label 0 is the largest
 * segment; labels that never occur are dropped. Centroids are summed in row order then divided.
 */
export function finishSegments(X: Matrix, raw: ArrayLike<number>, rawK: number): Segments {
	const { cols: d, data } = X;
	const { k, labels, sizes } = renumberBySize(raw, rawK);
	const sums = new Float64Array(k * d);
	for (let i = 0; i < labels.length; i++) {
		const c = labels[i];
		if (c >= 0) for (let t = 0, o = c * d, b = i * d; t < d; t++) sums[o + t] += data[b + t];
	}
	for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) sums[c * d + t] /= sizes[c];
	return { k, labels, centroids: sums, sizes, inertia: withinSumOfSquares(X, labels, sums) };
}

/**
 * `raw` renumbered as finishSegments does (largest = 0, ties by the lowest first row, empty labels
 * dropped), without the means; `rank[c]` is raw label c's new number (-1: empty). Into `into` when
 * given (it may be `raw` itself: each row's label is read before it is written).
 */
export function renumberBySize(raw: ArrayLike<number>, rawK: number, into: Int32Array = new Int32Array(raw.length)): Pick<Segments, 'k' | 'labels' | 'sizes'> & { rank: Int32Array } {
	const n = raw.length;
	const counts = new Int32Array(rawK);
	const first = new Int32Array(rawK).fill(n);
	for (let i = 0; i < n; i++) {
		const c = raw[i];
		if (c < 0) continue;
		if (c >= rawK) throw new Error(`label ${c} at row ${i} is not below ${rawK}`);
		if (counts[c]++ === 0) first[c] = i;
	}
	const order = Array.from({ length: rawK }, (_, c) => c)
		.filter((c) => counts[c] > 0)
		.sort((a, b) => counts[b] - counts[a] || first[a] - first[b]);
	const rank = new Int32Array(rawK).fill(-1);
	order.forEach((c, r) => (rank[c] = r));
	const labels = into;
	for (let i = 0; i < n; i++) labels[i] = raw[i] < 0 ? -1 : rank[raw[i]];
	return { k: order.length, labels, sizes: order.map((c) => counts[c]), rank };
}

/** Sum over non-noise rows of the squared distance to their segment's centroid. */
export function withinSumOfSquares(X: Matrix, labels: ArrayLike<number>, centroids: Float64Array): number {
	const { rows: n, cols: d, data } = X;
	let total = 0;
	for (let i = 0; i < n; i++) {
		const c = labels[i];
		if (c < 0) continue;
		for (let t = 0, o = c * d, b = i * d; t < d; t++) {
			const u = data[b + t] - centroids[o + t];
			total += u * u;
		}
	}
	return total;
}
