// The CLI's one clustering call: the engine's runSegmentation (the app's pipeline: cluster, score,
// centroids in the data's units, profiles), through a worker_threads pool made for this run when the
// prepared data is large enough to pay for one (runSegmentationPooled), else in this thread. The
// segment profiles are left out: cluster prints none, and at 1,000,000 rows they took ~30 % of the
// main thread's time (medians per segment and feature).
import { withNodePool } from '../src/lib/engine/parallel/nodePool';
import { runSegmentationPooled } from '../src/lib/engine/parallel/runSegmentationPooled';
import { poolMinRows } from '../src/lib/engine/parallel/poolSize';
import type { Prepared } from '../src/lib/engine/prep';
import { runSegmentation, type ClusterSpec } from '../src/lib/engine/results/runSegmentation';
import type { RunResult } from '../src/lib/engine/results/types';
import type { Table } from '../src/lib/engine/table';
import { metricsOptions } from './scores';

/** `prepared` is the table under its recipe, already checked and reported by prepareFromArgs. */
export async function segment(table: Table, prepared: Prepared, spec: ClusterSpec): Promise<RunResult> {
	const recipe = prepared.fitted.recipe;
	if (spec.algorithm !== 'kmeans' || prepared.rowIndex.length < poolMinRows) return runSegmentation(table, recipe, spec, { prepared, metricsOptions, profile: false });
	return withNodePool((pool) => runSegmentationPooled(table, recipe, spec, { prepared, pool, metricsOptions, profile: false }));
}
