// Davies-Bouldin index as scikit-learn's davies_bouldin_score: the mean over clusters of the worst
// (s_i + s_j) / |c_i - c_j|, where s is the mean distance of members to their centroid; lower is
// better, 0 when all points sit on their centroids. Rows labelled -1 (noise) are left out.
import { clusterMeans, denseLabels } from '../cluster/denseLabels';
import { assertFiniteMatrix, assertLabels } from '../cluster/validate';
import type { Matrix } from '../matrix';
import { checkClusterCount } from './calinskiHarabasz';

/** Throws unless 2 <= clusters <= rows - 1 (after leaving noise out). */
export function daviesBouldin(X: Matrix, labels: ArrayLike<number>): number {
	assertLabels(X, labels);
	assertFiniteMatrix(X, 'daviesBouldin');
	const dense = denseLabels(labels);
	checkClusterCount(dense.k, dense.size, 'daviesBouldin');
	const { data, cols: d } = X;
	const { ids, k, counts } = dense;
	const means = clusterMeans(data, d, dense);
	const spread = new Float64Array(k);
	for (let i = 0; i < ids.length; i++) {
		const c = ids[i];
		if (c < 0) continue;
		let s = 0;
		for (let t = 0; t < d; t++) {
			const u = data[i * d + t] - means[c * d + t];
			s += u * u;
		}
		spread[c] += Math.sqrt(s);
	}
	for (let c = 0; c < k; c++) spread[c] /= counts[c];
	return daviesBouldinFromSpread(means, spread, k, d);
}

/** The index from the cluster means (k x d) and each cluster's mean distance to its mean (shared with the sharded scores). */
export function daviesBouldinFromSpread(means: Float64Array, spread: Float64Array, k: number, d: number): number {
	const gaps = new Float64Array(k * k);
	for (let a = 0; a < k; a++) {
		for (let b = 0; b < k; b++) {
			let s = 0;
			for (let t = 0; t < d; t++) {
				const u = means[a * d + t] - means[b * d + t];
				s += u * u;
			}
			gaps[a * k + b] = Math.sqrt(s);
		}
	}
	// scikit-learn returns 0 when all spreads or all centroid gaps are (close to) zero.
	if (spread.every((s) => Math.abs(s) <= 1e-8) || gaps.every((g) => Math.abs(g) <= 1e-8)) return 0;
	let total = 0;
	for (let a = 0; a < k; a++) {
		let worst = -Infinity;
		for (let b = 0; b < k; b++) {
			if (b === a) continue;
			const gap = gaps[a * k + b] === 0 ? Infinity : gaps[a * k + b];
			const r = (spread[a] + spread[b]) / gap;
			if (r > worst) worst = r;
		}
		total += worst;
	}
	return total / k;
}
