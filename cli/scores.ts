// The three cluster-quality scores as cluster and score print them, from the engine's runMetrics
// (the numbers the app shows for a run): null where a score is undefined (fewer than 2 segments, or
// as many segments as rows), with the engine's reason and the silhouette's sampling on stderr.
import type { ClusterResult } from '../src/lib/engine/cluster/types';
import type { Matrix } from '../src/lib/engine/matrix';
import { runMetrics } from '../src/lib/engine/results/runMetrics';
import type { RunMetrics } from '../src/lib/engine/results/types';
import type { CliIo } from './io';

export interface ClusterScores {
	silhouette: number | null;
	daviesBouldin: number | null;
	calinskiHarabasz: number | null;
	/** Rows the silhouette was computed on; fewer than n when it was sampled. */
	silhouetteRows: number;
}

/** runMetrics' silhouette sample (its default, as in the app): rows and seed. */
const silhouetteSample = { sampleSize: 10_000, seed: 42 };

/** The metrics runMetrics works out for a run, as the CLI reports them; `rows` = segmented rows. */
export function reportScores(io: CliIo, metrics: RunMetrics, rows: number): ClusterScores {
	if (metrics.note) io.stderr(`note: ${metrics.note}\n`);
	if (metrics.silhouetteSampled) io.stderr(`note: silhouette computed on a seeded sample of ${silhouetteSample.sampleSize} rows (seed ${silhouetteSample.seed}, as the app)\n`);
	return {
		silhouette: metrics.silhouette ?? null,
		daviesBouldin: metrics.daviesBouldin ?? null,
		calinskiHarabasz: metrics.calinskiHarabasz ?? null,
		silhouetteRows: metrics.silhouette === undefined ? 0 : metrics.silhouetteSampled ? silhouetteSample.sampleSize : rows
	};
}

/** The scores of a labelling that did not come from a clustering (score --labels): runMetrics on it. */
export function labellingScores(io: CliIo, X: Matrix, labels: Int32Array): ClusterScores {
	const k = new Set(labels).size;
	// runMetrics reads a run's k, labels and inertia; a given labelling has no centres or inertia.
	const labelling: ClusterResult = { algorithm: 'kmeans', k, labels, centroids: new Float64Array(0), sizes: [], inertia: NaN, iterations: 0, seed: 0, params: {} };
	return reportScores(io, runMetrics(X, labelling, { silhouette: silhouetteSample }), X.rows);
}

/** runSegmentation's metrics options for the CLI: the app's. */
export const metricsOptions = { silhouette: silhouetteSample };
