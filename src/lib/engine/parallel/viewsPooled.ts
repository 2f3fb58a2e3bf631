// The Segments page's per-feature views of a large run as pool jobs, one feature each: box plots
// by segment and the separation tests. In one thread they cost ~0.2 s a feature at a million rows
// and held the engine worker (and every request behind it) for seconds; as jobs they run on every
// core and the engine worker stays free. Each job runs the one-thread code on the same values.
import { sortSeparation, type FeatureSeparation } from '../insights/separation';
import type { FeatureColumn } from '../insights/featureColumn';
import type { RunResult } from '../results/types';
import type { Table } from '../table';
import { boxFeatures, presentLabels, type FeatureBoxes } from '../views/segmentBoxes';
import { runJobs } from './jobs';
import type { ShardPool } from './pool';

export function segmentBoxesPooled(table: Table, result: Pick<RunResult, 'labels' | 'fitted' | 'rowIndex'>, pool: ShardPool): Promise<FeatureBoxes[]> {
	const present = presentLabels(result.labels);
	return runJobs(pool, boxFeatures(table, result).map(({ name, values }) => ({ task: 'featureBoxes', args: [name, values, result.labels, present] })));
}

export async function separationPooled(columns: FeatureColumn[], labels: Int32Array, pool: ShardPool): Promise<FeatureSeparation[]> {
	return sortSeparation(await runJobs(pool, columns.map(({ name, values }) => ({ task: 'featureSeparation', args: [name, values, labels] }))));
}
