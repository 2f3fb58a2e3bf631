// kmeans() through a shard pool: the same checks, options, starts and result as cluster/kmeans.ts
// (the same driver, on the pool's shards), plus params.workers: how many workers held the shards.
import { planKMeans, publishKMeans, type KMeansOptions } from '../cluster/kmeans';
import type { ClusterResult } from '../cluster/types';
import type { Matrix } from '../matrix';
import { kmeansOverShards } from './kmeansDriver';
import type { ShardPool } from './pool';
import { runShardsAsync } from './shardCalls';

export async function kmeansPooled(X: Matrix, options: KMeansOptions, pool: ShardPool): Promise<ClusterResult> {
	const plan = planKMeans(X, options);
	const { shards, shardRows } = await pool.shardsFor(X);
	const kept = await runShardsAsync(kmeansOverShards({ ...plan.input, shardRows }), shards, plan.o);
	// Pool shards always use their bounds (labels equal plain Lloyd's whatever `method` asked).
	return publishKMeans(X, plan, kept, { method: 'hamerly', workers: pool.workers });
}
