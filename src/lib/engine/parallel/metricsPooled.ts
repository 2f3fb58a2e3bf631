// runMetrics (results/runMetrics.ts) with the passes over the rows done by a shard pool: silhouette
// (the same rows, sampled the same way, its pair totals split into balanced ranges), Davies-Bouldin
// and Calinski-Harabasz from per-cluster sums and scatter added up over the shards.
import { denseLabels } from '../cluster/denseLabels';
import type { ClusterResult } from '../cluster/types';
import { takeRows, type Rows } from '../rowSource';
import { checkClusterCount } from '../metrics/calinskiHarabasz';
import { daviesBouldinFromSpread } from '../metrics/daviesBouldin';
import { pairBalancedRanges, silhouetteFromTotals } from '../metrics/silhouette';
import { createRandom, sampleIndices } from '../random';
import type { RunMetricsOptions } from '../results/runMetrics';
import type { RunMetrics } from '../results/types';
import type { ShardPool } from './pool';
import { onAll, onEach, runShardsAsync, type ShardSteps } from './shardCalls';

export async function runMetricsPooled(X: Rows, cluster: ClusterResult, options: RunMetricsOptions, pool: ShardPool): Promise<RunMetrics> {
	const metrics: RunMetrics = { inertia: cluster.inertia };
	let segmented = 0;
	for (const label of cluster.labels) if (label >= 0) segmented++;
	if (cluster.k < 2 || cluster.k > segmented - 1) {
		metrics.note = `scores need between 2 segments and one fewer than the segmented rows; this run has ${cluster.k} segment${cluster.k === 1 ? '' : 's'} over ${segmented} rows`;
		return metrics;
	}
	const { shards, shardRows } = await pool.shardsFor(X);
	if (options.silhouette !== false) {
		const s = options.silhouette ?? {};
		const sample = silhouetteSample(cluster.labels, s.sampleSize ?? 10_000, s.seed ?? 42);
		metrics.silhouette = await runShardsAsync(silhouetteOverShards(X, cluster.labels, sample.rows, shards.length), shards);
		metrics.silhouetteSampled = sample.sampled;
	}
	const scores = await runShardsAsync(scatterOverShards(X.cols, cluster.labels, shardRows), shards);
	metrics.daviesBouldin = scores.daviesBouldin;
	metrics.calinskiHarabasz = scores.calinskiHarabasz;
	return metrics;
}

/** The rows silhouette() scores: every non-noise row, or above sampleSize its seeded sample of them. */
function silhouetteSample(labels: ArrayLike<number>, sampleSize: number, seed: number): { rows: number[]; sampled: boolean } {
	const kept: number[] = [];
	for (let i = 0; i < labels.length; i++) if (labels[i] >= 0) kept.push(i);
	const sampled = kept.length > sampleSize;
	const rows = sampled ? Array.from(sampleIndices(kept.length, sampleSize, createRandom(seed)), (p) => kept[p]) : kept;
	return { rows, sampled };
}

/** silhouetteExact on the chosen rows, its pair totals computed in one balanced range per shard. */
function* silhouetteOverShards(X: Rows, labels: ArrayLike<number>, rows: number[], shards: number): ShardSteps<number> {
	const subset = takeRows(X, rows);
	const dense = denseLabels(rows.map((i) => labels[i]));
	checkClusterCount(dense.k, dense.size, 'silhouette');
	const bounds = pairBalancedRanges(rows.length, shards);
	const parts = yield* onEach(
		'silhouetteTotals',
		Array.from({ length: shards }, (_, p) => [subset.data, X.cols, dense.ids, dense.k, bounds[p], bounds[p + 1]] as [Float64Array, number, Int32Array, number, number, number])
	);
	const totals = parts[0].slice();
	for (const p of parts.slice(1)) for (let t = 0; t < totals.length; t++) totals[t] += p[t];
	return silhouetteFromTotals(totals, dense.ids, dense.counts);
}

/** Davies-Bouldin and Calinski-Harabasz as metrics/ computes them, noise (-1) left out. */
function* scatterOverShards(d: number, labels: ArrayLike<number>, shardRows: number[]): ShardSteps<{ daviesBouldin: number; calinskiHarabasz: number }> {
	const dense = denseLabels(labels);
	const { k, size: n } = dense;
	checkClusterCount(k, n, 'daviesBouldin');
	let start = 0;
	const parts = yield* onEach(
		'labelSums',
		shardRows.map((rows) => {
			const ids = dense.ids.slice(start, start + rows);
			start += rows;
			return [ids, k] as [Int32Array, number];
		})
	);
	const sums = new Float64Array(k * d);
	const counts = new Float64Array(k);
	for (const p of parts) {
		for (let t = 0; t < sums.length; t++) sums[t] += p.sums[t];
		for (let c = 0; c < k; c++) counts[c] += p.counts[c];
	}
	const means = new Float64Array(k * d);
	for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) means[c * d + t] = sums[c * d + t] / counts[c];
	const scatter = yield* onAll(shardRows.length, 'labelScatter', means);
	const spread = new Float64Array(k);
	let within = 0;
	for (const s of scatter) {
		for (let c = 0; c < k; c++) {
			spread[c] += s.distances[c];
			within += s.squared[c];
		}
	}
	for (let c = 0; c < k; c++) spread[c] /= counts[c];
	const overall = new Float64Array(d);
	for (let c = 0; c < k; c++) for (let t = 0; t < d; t++) overall[t] += sums[c * d + t];
	for (let t = 0; t < d; t++) overall[t] /= n;
	let between = 0;
	for (let c = 0; c < k; c++) {
		for (let t = 0; t < d; t++) {
			const u = means[c * d + t] - overall[t];
			between += counts[c] * u * u;
		}
	}
	const calinskiHarabasz = within === 0 ? 1 : (between * (n - k)) / (within * (k - 1));
	return { daviesBouldin: daviesBouldinFromSpread(means, spread, k, d), calinskiHarabasz };
}
