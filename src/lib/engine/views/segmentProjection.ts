// A run's prepared rows on the first two principal components, with its centres projected the
// same way, for the Segments page's scatter.
import { createMatrix, type Matrix } from '../matrix';
import type { RunResult } from '../results/types';
import { pcaBounded, selectColumns, type BoundedPca } from '../stats/pcaBounded';
import { projectPca } from '../stats/projectPca';

export interface SegmentProjection {
	x: Float64Array;
	y: Float64Array;
	explained: [number, number];
	centroids: { x: number; y: number; label: number }[];
}

/** The components a projection of X keeps: 2, fewer when X has fewer columns or rows. */
export function projectionComponents(X: Pick<Matrix, 'rows' | 'cols'>): number {
	return Math.min(2, X.cols, X.rows);
}

/** `X` is the prepared matrix the run was clustered on (one row per label). */
export function segmentProjection(X: Matrix, result: Pick<RunResult, 'k' | 'centroidsScaled'>): SegmentProjection {
	return projectionFromFit(pcaBounded(X, { components: projectionComponents(X) }), X, result);
}

/** The scatter from a fitted pcaBounded of X (in this thread or over a pool: segmentProjectionPooled). */
export function projectionFromFit(fit: BoundedPca, X: Pick<Matrix, 'rows' | 'cols'>, result: Pick<RunResult, 'k' | 'centroidsScaled'>): SegmentProjection {
	const components = projectionComponents(X);
	const x = new Float64Array(X.rows);
	const y = new Float64Array(X.rows);
	for (let i = 0; i < X.rows; i++) {
		x[i] = fit.scores[i * components];
		if (components > 1) y[i] = fit.scores[i * components + 1];
	}
	const centres = createMatrix(result.k, X.cols, Float64Array.from(result.centroidsScaled.flat()));
	const scores = projectPca(fit, selectColumns(centres, fit.columns));
	const centroids = result.centroidsScaled.map((_, label) => ({
		label,
		x: scores[label * components],
		y: components > 1 ? scores[label * components + 1] : 0
	}));
	return { x, y, explained: [fit.explainedVarianceRatio[0] ?? 0, fit.explainedVarianceRatio[1] ?? 0], centroids };
}
