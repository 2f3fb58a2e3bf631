// kmeans() through a shard pool: the same checks, options, starts and result as cluster/kmeans.ts
// (the same driver, on the pool's shards), plus params.workers: how many workers held the shards.
// The rows may exist only in the pool (a RowSource, made chunk by chunk as they are sent), so nothing
// here reads X itself: the summary kmeans() takes first is summed on the shards, shard after shard,
// so its sums add up in row order as one pass's would (the tolerance is the same bit for bit); the
// inertia is the shards' own from their final exact pass, added in shard order (equal to kmeans()'s
// to rounding, and the same for the same number of shards).
import { assignedSegments, checkKMeansShape, kmeansResult, planKMeans, type KMeansOptions } from '../cluster/kmeans';
import { emptySummarySums, finishSummary, summaryFinite, type SummarySums } from '../cluster/summary';
import { assertFiniteMatrix } from '../cluster/validate';
import type { ClusterResult } from '../cluster/types';
import { takeRows, wholeMatrix, type Rows } from '../rowSource';
import { kmeansOverShards } from './kmeansDriver';
import type { ShardPool } from './pool';
import { onOne, runShardsAsync, type ShardSteps } from './shardCalls';

export async function kmeansPooled(X: Rows, options: KMeansOptions, pool: ShardPool): Promise<ClusterResult> {
	checkKMeansShape(X, options.k, 'k-means');
	const { shards, shardRows } = await pool.shardsFor(X);
	const sums = await runShardsAsync(summaryOverShards(emptySummarySums(takeRows(X, [0]).data), shardRows.length), shards);
	const summary = finishSummary(sums);
	// A NaN or an infinity: the check that names its row and column, on the rows themselves.
	if (!summaryFinite(summary)) assertFiniteMatrix(wholeMatrix(X), 'k-means');
	const plan = planKMeans(X, options, summary);
	const kept = await runShardsAsync(kmeansOverShards({ ...plan.input, shardRows }), shards, plan.o);
	const segments = assignedSegments(kept, plan.o.k, X.cols);
	// Pool shards always use their bounds (labels equal plain Lloyd's whatever `method` asked).
	return kmeansResult(X.rows, plan, kept, { ...segments, inertia: kept.inertia }, { method: 'hamerly', workers: pool.workers });
}

/** The summary's sums, shard after shard. */
function* summaryOverShards(start: SummarySums, shards: number): ShardSteps<SummarySums> {
	let sums = start;
	for (let s = 0; s < shards; s++) sums = yield* onOne(s, 'summaryPart', sums);
	return sums;
}
