// The shapes every clustering algorithm returns, so the UI, the worker and the sweep treat them alike.

export type Algorithm = 'kmeans' | 'minibatch-kmeans' | 'dbscan' | 'hierarchical' | 'gmm';

export interface ClusterResult {
	algorithm: Algorithm;
	/** Segments found (DBSCAN: excluding noise). */
	k: number;
	/** 0 = largest segment, 1 = next...; ties by lowest first row; -1 = noise (DBSCAN only). */
	labels: Int32Array;
	/** k x d row-major, in the prepared (scaled) space: the means of each segment's members. */
	centroids: Float64Array;
	/** Members per segment, descending (noise not counted). */
	sizes: number[];
	/** Within-cluster sum of squared distances to `centroids` (noise excluded). */
	inertia: number;
	/** Iterations of the kept run (0 where it does not apply). */
	iterations: number;
	seed: number;
	/** What produced it: restarts, tol, eps, minPoints, linkage... */
	params: Record<string, number | string | boolean>;
	/** Gaussian mixture only: the fitted components, numbered like the segments. */
	mixture?: MixtureModel;
}

/**
 * A fitted Gaussian mixture as plain numbers (it is stored with the run and written to JSON), in the
 * prepared (scaled) space. Component c is segment c for c < k; components that hold no row's
 * highest probability follow them (rare), so there may be more components than segments.
 */
export interface MixtureModel {
	covariance: 'full' | 'diag';
	weights: number[];
	/** Per component, d means. */
	means: number[][];
	/** Per component: full, d x d row-major upper triangular U with U U^T = precision; diag, d values 1 / standard deviation. */
	precisionsCholesky: number[][];
	/** Mean log-likelihood per row (scikit-learn's score). */
	logLikelihood: number;
	bic: number;
	aic: number;
	/** Free parameters counted by BIC and AIC. */
	parameters: number;
}

/**
 * Agglomerative merges in scipy's linkage convention: merge i joins clusters merges[2i] and
 * merges[2i + 1] (ids < n are points, id n + j is the cluster made by merge j) at heights[i], giving
 * a cluster of sizes[i] points.
 */
export interface MergeTree {
	merges: Int32Array;
	heights: Float64Array;
	sizes: Int32Array;
}
