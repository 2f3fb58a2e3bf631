// Calinski-Harabasz index (variance ratio criterion) as scikit-learn's calinski_harabasz_score:
// [between-cluster dispersion / (k - 1)] / [within-cluster dispersion / (n - k)]; higher is better.
// Rows labelled -1 (noise) are left out, as if they were not in X; the mean is that of the rest.
import { clusterMeans, denseLabels } from '../cluster/denseLabels';
import { assertFiniteMatrix, assertLabels } from '../cluster/validate';
import type { Matrix } from '../matrix';

/** Throws unless 2 <= clusters <= rows - 1 (after leaving noise out); 1 when every cluster is a single point. */
export function calinskiHarabasz(X: Matrix, labels: ArrayLike<number>): number {
	assertLabels(X, labels);
	assertFiniteMatrix(X, 'calinskiHarabasz');
	const dense = denseLabels(labels);
	checkClusterCount(dense.k, dense.size, 'calinskiHarabasz');
	const { data, cols: d } = X;
	const { ids, k, counts, size: n } = dense;
	const means = clusterMeans(data, d, dense);
	const overall = new Float64Array(d);
	for (let i = 0; i < ids.length; i++) if (ids[i] >= 0) for (let t = 0; t < d; t++) overall[t] += data[i * d + t];
	for (let t = 0; t < d; t++) overall[t] /= n;
	let between = 0;
	for (let c = 0; c < k; c++) {
		for (let t = 0; t < d; t++) {
			const u = means[c * d + t] - overall[t];
			between += counts[c] * u * u;
		}
	}
	let within = 0;
	for (let i = 0; i < ids.length; i++) {
		const c = ids[i];
		if (c < 0) continue;
		for (let t = 0; t < d; t++) {
			const u = data[i * d + t] - means[c * d + t];
			within += u * u;
		}
	}
	return within === 0 ? 1 : (between * (n - k)) / (within * (k - 1));
}

/** scikit-learn's check: 2 <= clusters <= rows - 1. */
export function checkClusterCount(k: number, n: number, what: string): void {
	if (k < 2 || k > n - 1) {
		throw new Error(`${what} needs between 2 and ${n - 1} clusters (rows - 1), excluding noise; got ${k} over ${n} rows`);
	}
}
