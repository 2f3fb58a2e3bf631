// segmentProjection with the PCA's passes over the rows done by a shard pool (parallel/pcaPooled.ts).
// Given the very matrix object a pooled k-means run was clustered on, the pool reuses the rows its
// workers already hold; any other rows are sent to them first (replacing what they held).
import type { Rows } from '../rowSource';
import { pcaPooled } from '../parallel/pcaPooled';
import type { ShardPool } from '../parallel/pool';
import type { LongTaskOptions } from '../progress';
import type { RunResult } from '../results/types';
import { projectionComponents, projectionFromFit, type SegmentProjection } from './segmentProjection';

export async function segmentProjectionPooled(
	X: Rows,
	result: Pick<RunResult, 'k' | 'centroidsScaled'>,
	pool: ShardPool,
	options: LongTaskOptions = {}
): Promise<SegmentProjection> {
	const fit = await pcaPooled(X, pool, { ...options, components: projectionComponents(X) });
	return projectionFromFit(fit, X, result);
}
