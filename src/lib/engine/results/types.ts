// What a finished clustering run keeps: labels, centroids in both spaces, segment profiles in the
// data's units, quality metrics, the recipe that prepared the data and how long each part took.
// Plain data (typed arrays allowed): it crosses the worker boundary and is stored in IndexedDB;
// runResultToJson() gives the pure-JSON form for files.
import type { Algorithm, MixtureModel } from '../cluster/types';
import type { SegmentProfiles } from '../insights/profile';
import type { DroppedCount, FittedRecipe, Recipe } from '../prep/recipe';

export interface RunMetrics {
	/** Within-segment sum of squared distances in the scaled space (noise excluded). */
	inertia?: number;
	/** Mean silhouette; higher is better (-1..1). */
	silhouette?: number;
	/** True when the silhouette was computed on a seeded sample of rows. */
	silhouetteSampled?: boolean;
	/** Lower is better. */
	daviesBouldin?: number;
	/** Higher is better. */
	calinskiHarabasz?: number;
	/** Why the scores above are missing, e.g. a single segment. */
	note?: string;
}

export interface RunTimings {
	prepareMs: number;
	clusterMs: number;
	metricsMs: number;
}

export interface RunResult {
	algorithm: Algorithm;
	/** Segments found (DBSCAN: excluding noise). */
	k: number;
	seed: number;
	/** What the algorithm was run with (restarts, eps, ...). */
	params: Record<string, number | string | boolean>;
	/** Iterations of the kept run (absent on runs stored before it was kept). */
	iterations?: number;
	/** Gaussian mixture runs: the fitted components (segment c = component c), to recompute soft memberships. */
	mixture?: MixtureModel;
	/** One label per prepared row (0 = largest segment, -1 = noise). */
	labels: Int32Array;
	/** Table row of each prepared row, so labels can be joined back to the table. */
	rowIndex: Int32Array;
	/** Rows in the table the run was prepared from. */
	tableRows: number;
	/** Members per segment, descending. */
	sizes: number[];
	/** Rows labelled noise (DBSCAN). */
	noise: number;
	featureNames: string[];
	/** k rows of featureNames.length values, in the scaled space. */
	centroidsScaled: number[][];
	/** The same centroids in the data's units (scaler and log1p undone; one-hot columns as shares). */
	centroidsOriginal: number[][];
	/** Per segment per feature: mean and median in the data's units and z against all segmented rows; null when every row is noise. */
	segmentStats: SegmentProfiles | null;
	metrics: RunMetrics;
	recipe: Recipe;
	fitted: FittedRecipe;
	/** Rows the recipe dropped, and its notices. */
	dropped: DroppedCount[];
	notices: string[];
	timings: RunTimings;
}
