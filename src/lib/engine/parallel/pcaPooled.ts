// pcaBounded (stats/pcaBounded.ts) with the passes over the rows done by a shard pool: column sums
// from the shards give the means, their cross-product sums around those means the covariance, which
// is decomposed here (it is d x d, small); then each shard projects its own rows and the scores come
// back in row order. Wide data first gets its column variances from the shards and is fitted on the
// most variable columns, as pcaBounded does. Equal to pcaBounded up to the order of the sums (one
// shard: exactly).
import type { Rows } from '../rowSource';
import type { LongTaskOptions } from '../progress';
import { componentsFromCovariance, covarianceFromCrossProducts, meansFromSums, pcaComponentCount, type PcaResult } from '../stats/pca';
import { mostVariableColumns, type BoundedPca, type BoundedPcaOptions } from '../stats/pcaBounded';
import type { ShardPool } from './pool';
import { onAll, runShardsAsync, type ShardSteps } from './shardCalls';

export interface PooledPcaOptions extends BoundedPcaOptions, LongTaskOptions {}

/** pcaPooled(X, pool, {components, maxColumns}): pcaBounded(X, ...) over the pool's shards of X. */
export async function pcaPooled(X: Rows, pool: ShardPool, options: PooledPcaOptions = {}): Promise<BoundedPca> {
	const components = Math.min(options.components ?? 2, X.cols, X.rows);
	// pca()'s errors for a shape it cannot take, before any rows go to the workers.
	pcaComponentCount(X.rows, X.cols, { components });
	const { shards, shardRows } = await pool.shardsFor(X);
	return runShardsAsync(pcaOverShards(X.rows, X.cols, shardRows, components, options.maxColumns ?? 200), shards, options);
}

function* pcaOverShards(n: number, d: number, shardRows: number[], components: number, maxColumns: number): ShardSteps<BoundedPca> {
	const shards = shardRows.length;
	if (d <= maxColumns) {
		const fit = yield* fitOverShards(n, d, shardRows, undefined, components);
		return { ...fit, columns: Int32Array.from({ length: d }, (_, j) => j) };
	}
	// pcaBounded's columnVariances: means, then squared deviations, divisor n - 1 (no missing-value check here).
	const mean = addUp(yield* onAll(shards, 'pcaSums', undefined));
	for (let j = 0; j < d; j++) mean[j] /= n;
	const variances = addUp(yield* onAll(shards, 'pcaSquares', mean, undefined));
	for (let j = 0; j < d; j++) variances[j] /= n - 1;
	const columns = mostVariableColumns(variances, maxColumns);
	const fit = yield* fitOverShards(n, columns.length, shardRows, columns, Math.min(components, columns.length));
	const total = variances.reduce((s, v) => s + v, 0);
	return { ...fit, columns, explainedVarianceRatio: fit.explainedVariance.map((v) => (total > 0 ? v / total : 0)) };
}

/** pca() of the chosen columns (all when `columns` is undefined; m of them). */
function* fitOverShards(n: number, m: number, shardRows: number[], columns: Int32Array | undefined, components: number): ShardSteps<PcaResult> {
	const shards = shardRows.length;
	const c = pcaComponentCount(n, m, { components });
	const mean = meansFromSums(addUp(yield* onAll(shards, 'pcaSums', columns)), n);
	const cov = covarianceFromCrossProducts(addUp(yield* onAll(shards, 'pcaCrossProducts', mean, columns)), m, n);
	const fit = componentsFromCovariance(cov, m, c);
	const parts = yield* onAll(shards, 'pcaScores', mean, fit.components, columns);
	const scores = new Float64Array(n * c);
	let offset = 0;
	parts.forEach((part, s) => {
		if (part.length !== shardRows[s] * c) throw new Error(`shard ${s} sent ${part.length} scores for ${shardRows[s]} rows x ${c} components`);
		scores.set(part, offset);
		offset += part.length;
	});
	return { ...fit, mean, scores };
}

/** Element-wise sum of the shards' arrays, in shard order (one shard: its own array). */
function addUp(parts: Float64Array[]): Float64Array {
	const out = parts[0].slice();
	for (const p of parts.slice(1)) for (let t = 0; t < out.length; t++) out[t] += p[t];
	return out;
}
