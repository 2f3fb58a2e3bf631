// Quality scores of a labelling in the scaled space, computed only where they are defined
// (2 <= segments <= segmented rows - 1); otherwise a note says why they are missing.
import type { ClusterResult } from '../cluster/types';
import type { Matrix } from '../matrix';
import { calinskiHarabasz } from '../metrics/calinskiHarabasz';
import { daviesBouldin } from '../metrics/daviesBouldin';
import { silhouette, type SilhouetteOptions } from '../metrics/silhouette';
import type { RunMetrics } from './types';

export interface RunMetricsOptions {
	/** Silhouette sampling (default: exact up to 10,000 rows, then a seeded sample); false skips it. */
	silhouette?: SilhouetteOptions | false;
}

export function runMetrics(X: Matrix, cluster: ClusterResult, options: RunMetricsOptions = {}): RunMetrics {
	const metrics: RunMetrics = { inertia: cluster.inertia };
	let segmented = 0;
	for (const label of cluster.labels) if (label >= 0) segmented++;
	if (cluster.k < 2 || cluster.k > segmented - 1) {
		metrics.note = `scores need between 2 segments and one fewer than the segmented rows; this run has ${cluster.k} segment${cluster.k === 1 ? '' : 's'} over ${segmented} rows`;
		return metrics;
	}
	if (options.silhouette !== false) {
		const s = silhouette(X, cluster.labels, options.silhouette ?? {});
		metrics.silhouette = s.score;
		metrics.silhouetteSampled = s.sampled;
	}
	metrics.daviesBouldin = daviesBouldin(X, cluster.labels);
	metrics.calinskiHarabasz = calinskiHarabasz(X, cluster.labels);
	return metrics;
}
