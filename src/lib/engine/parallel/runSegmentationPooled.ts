// runSegmentation with a shard pool: a k-means run on at least poolMinRows prepared rows clusters
// and scores through the pool (params.workers says how many workers); anything else, and smaller
// data, runs as runSegmentation does, in this thread.
import { prepareLazily } from '../prep/prepare';
import type { Prepared, Recipe } from '../prep/recipe';
import { buildRunResult, type BuildRunResultInput } from '../results/buildRunResult';
import { runSegmentation, type ClusterSpec } from '../results/runSegmentation';
import type { RunResult } from '../results/types';
import type { Table } from '../table';
import { kmeansPooled } from './kmeansPooled';
import { runMetricsPooled } from './metricsPooled';
import type { ShardPool } from './pool';
import { poolMinRows } from './poolSize';
import { preparedRows } from '../rowSource';

export interface PooledOptions extends Pick<BuildRunResultInput, 'metricsOptions' | 'profile'> {
	/** `recipe` already applied to `table` (a cached matrix, lazy or not): not prepared again, and its shards are reused. */
	prepared?: Prepared;
	pool: ShardPool;
	/** Prepared rows from which the pool is used; default poolMinRows (50,000). */
	minRows?: number;
}

export async function runSegmentationPooled(table: Table, recipe: Recipe, spec: ClusterSpec, options: PooledOptions): Promise<RunResult> {
	const { pool, minRows = poolMinRows, prepared: given, ...buildOptions } = options;
	let start = performance.now();
	// Lazily: the pool's shards are made from the table chunk by chunk and hold the only full copy of the rows.
	const prepared = given ?? prepareLazily(table, recipe);
	const prepareMs = performance.now() - start;
	const rows = preparedRows(prepared);
	if (spec.algorithm !== 'kmeans' || rows.rows < minRows) return runSegmentation(table, recipe, spec, { ...buildOptions, prepared });
	start = performance.now();
	const cluster = await kmeansPooled(rows, spec, pool);
	const clusterMs = performance.now() - start;
	start = performance.now();
	const metrics = await runMetricsPooled(rows, cluster, buildOptions.metricsOptions ?? {}, pool);
	const metricsMs = performance.now() - start;
	return buildRunResult({ table, prepared, cluster, metrics, timings: { prepareMs, clusterMs, metricsMs }, ...buildOptions });
}
