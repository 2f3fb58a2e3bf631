// The per-shard halves of the cluster scores: per-cluster sums and counts (for the means), then per-
// cluster scatter around the means (Calinski-Harabasz's within sum of squares, Davies-Bouldin's
// summed distances), and a range of the silhouette's pair totals. The driver adds the halves up.
import { createMatrix, type Matrix } from '../matrix';
import { silhouetteTotals } from '../metrics/silhouette';
import { summaryPart, type SummarySums } from '../cluster/summary';

/** What a shard answers for the scores, over its own rows (labels sent once per labelling). */
export interface MetricShard {
	/** Remembers `ids` (this shard's rows' dense labels 0..k-1, -1 = left out); per-cluster sums (k x d) and counts (k). */
	labelSums(ids: Int32Array, k: number): { sums: Float64Array; counts: Float64Array };
	/** Around `means` (k x d), per cluster: summed squared distances and summed distances of the members. */
	labelScatter(means: Float64Array): { squared: Float64Array; distances: Float64Array };
	/** Silhouette pair totals (n x k) of rows [start, end) of `rows` (n x d), any shard can do any range. */
	silhouetteTotals(rows: Float64Array, d: number, ids: Int32Array, k: number, start: number, end: number): Float64Array;
	/** Copies of the shard's rows at local `indices` (indices.length x d, in that order). */
	rowsAt(indices: Int32Array): Float64Array;
	/** `sums` continued over this shard's rows (summary.ts): shard after shard, the summary of one pass over all rows. */
	summaryPart(sums: SummarySums): SummarySums;
}

/** `rows` x `d` values, or a function giving them (a WebAssembly shard's rows, read where they live). */
export function createMetricShard(source: Float64Array | (() => Float64Array), rows: number, d: number): MetricShard {
	const values = typeof source === 'function' ? source : () => source;
	let labels: Int32Array | undefined;
	let clusters = 0;
	return {
		labelSums(ids, k) {
			if (ids.length !== rows) throw new Error(`labelSums got ${ids.length} labels for a shard of ${rows} rows`);
			labels = ids;
			clusters = k;
			const X = values();
			const sums = new Float64Array(k * d);
			const counts = new Float64Array(k);
			for (let i = 0; i < rows; i++) {
				const c = ids[i];
				if (c < 0) continue;
				counts[c]++;
				for (let t = 0, o = c * d, b = i * d; t < d; t++) sums[o + t] += X[b + t];
			}
			return { sums, counts };
		},
		labelScatter(means) {
			if (!labels) throw new Error('labelScatter needs labelSums first (it sends the labels)');
			const X = values();
			const squared = new Float64Array(clusters);
			const distances = new Float64Array(clusters);
			for (let i = 0; i < rows; i++) {
				const c = labels[i];
				if (c < 0) continue;
				let s = 0;
				for (let t = 0, o = c * d, b = i * d; t < d; t++) {
					const u = X[b + t] - means[o + t];
					s += u * u;
				}
				squared[c] += s;
				distances[c] += Math.sqrt(s);
			}
			return { squared, distances };
		},
		rowsAt(indices) {
			const X = values();
			const out = new Float64Array(indices.length * d);
			indices.forEach((i, p) => {
				if (!(Number.isInteger(i) && i >= 0 && i < rows)) throw new Error(`row ${i} is outside this shard's ${rows} rows`);
				out.set(X.subarray(i * d, i * d + d), p * d);
			});
			return out;
		},
		summaryPart(sums) {
			return summaryPart(sums, values(), d);
		},
		silhouetteTotals(data, cols, ids, k, start, end) {
			const m: Matrix = createMatrix(ids.length, cols, data);
			return silhouetteTotals(m, ids, k, start, end);
		}
	};
}
