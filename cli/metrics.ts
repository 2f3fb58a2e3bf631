// The three cluster-quality scores for a labelling, as cluster and score report them: null where a
// score is undefined (fewer than 2 segments, or as many segments as rows).
import type { Matrix } from '../src/lib/engine/matrix';
import { calinskiHarabasz } from '../src/lib/engine/metrics/calinskiHarabasz';
import { daviesBouldin } from '../src/lib/engine/metrics/daviesBouldin';
import { silhouette } from '../src/lib/engine/metrics/silhouette';
import type { CliIo } from './io';

export interface ClusterScores {
	silhouette: number | null;
	daviesBouldin: number | null;
	calinskiHarabasz: number | null;
	/** Rows the silhouette was computed on; fewer than n when it was sampled. */
	silhouetteRows: number;
}

/** Rows scored exactly by the silhouette (its cost grows with the square of the rows); above, a seeded sample. */
const silhouetteSampleSize = 10_000;

export function clusterScores(io: CliIo, X: Matrix, labels: Int32Array, seed: number): ClusterScores {
	const segments = new Set(labels).size;
	if (segments < 2 || segments >= X.rows) {
		io.stderr(`note: silhouette, Davies-Bouldin and Calinski-Harabasz need 2 to ${X.rows - 1} segments (got ${segments})\n`);
		return { silhouette: null, daviesBouldin: null, calinskiHarabasz: null, silhouetteRows: 0 };
	}
	const s = silhouette(X, labels, { sampleSize: silhouetteSampleSize, seed });
	if (s.sampled) io.stderr(`note: silhouette computed on a sample of ${s.size} rows (seed ${seed})\n`);
	return {
		silhouette: s.score,
		daviesBouldin: daviesBouldin(X, labels),
		calinskiHarabasz: calinskiHarabasz(X, labels),
		silhouetteRows: s.size
	};
}
