// How many distinct rows a matrix holds, counted only up to a cap (k-means needs at least k).

/** Distinct rows of X, stopping once `cap` are found. */
export function countDistinctRows(X: { rows: number; cols: number; data: Float64Array }, cap: number): number {
	const seen = new Set<string>();
	const { rows: n, cols: d, data } = X;
	for (let i = 0; i < n && seen.size < cap; i++) seen.add(data.subarray(i * d, i * d + d).join(','));
	return seen.size;
}
