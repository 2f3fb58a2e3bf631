// A finished run from its parts: the table, what prepare() made of it and what the clustering
// found. Computes what is still missing (metrics, timed; centroids in the data's units; segment
// profiles via insights' profileSegments) and copies the recipe, so the result stands alone.
import type { ClusterResult } from '../cluster/types';
import { profileSegments, type ProfileOptions } from '../insights/profile';
import { createMatrix, toRows } from '../matrix';
import type { Prepared } from '../prep/recipe';
import { toOriginalUnits } from '../prep/toOriginalUnits';
import type { Table } from '../table';
import { originalColumns } from './originalColumns';
import { runMetrics, type RunMetricsOptions } from './runMetrics';
import type { RunMetrics, RunResult, RunTimings } from './types';

export interface BuildRunResultInput {
	table: Table;
	prepared: Prepared;
	cluster: ClusterResult;
	/** Times measured by the caller; metricsMs is measured here when the metrics are computed here. */
	timings?: Partial<RunTimings>;
	/** Metrics already known (e.g. from the sweep); computed here when absent. */
	metrics?: RunMetrics;
	metricsOptions?: RunMetricsOptions;
	/** Options of the segment profiles; false leaves them out (segmentStats null) for callers that never show them, e.g. the CLI's cluster. */
	profile?: ProfileOptions | false;
}

export function buildRunResult(input: BuildRunResultInput): RunResult {
	const { table, prepared, cluster } = input;
	// The shape from the row index and names: prepared.X is read only to score here (a lazy matrix stays unbuilt).
	const { fitted, rowIndex } = prepared;
	const rows = rowIndex.length;
	const cols = prepared.featureNames.length;
	if (cluster.labels.length !== rows) throw new Error(`the clustering has ${cluster.labels.length} labels but the prepared data has ${rows} rows`);
	if (cluster.centroids.length !== cluster.k * cols) throw new Error(`the clustering's centroids do not have ${cols} features each`);
	let metrics = input.metrics;
	let metricsMs = input.timings?.metricsMs ?? 0;
	if (!metrics) {
		const start = performance.now();
		metrics = runMetrics(prepared.X, cluster, input.metricsOptions);
		metricsMs = performance.now() - start;
	}
	const centroids = createMatrix(cluster.k, cols, cluster.centroids);
	const noise = cluster.labels.reduce((n, label) => (label < 0 ? n + 1 : n), 0);
	return {
		algorithm: cluster.algorithm,
		k: cluster.k,
		seed: cluster.seed,
		params: { ...cluster.params },
		iterations: cluster.iterations,
		...(cluster.mixture ? { mixture: cluster.mixture } : {}),
		labels: cluster.labels,
		rowIndex,
		tableRows: table.rowCount,
		sizes: [...cluster.sizes],
		noise,
		featureNames: [...prepared.featureNames],
		centroidsScaled: toRows(centroids),
		centroidsOriginal: toRows(toOriginalUnits(fitted, centroids)),
		segmentStats: noise === rows || input.profile === false ? null : profileSegments(originalColumns(table, fitted, rowIndex), cluster.labels, input.profile || undefined),
		metrics,
		recipe: fitted.recipe,
		fitted,
		dropped: prepared.dropped,
		notices: prepared.notices,
		timings: { prepareMs: input.timings?.prepareMs ?? 0, clusterMs: input.timings?.clusterMs ?? 0, metricsMs }
	};
}
