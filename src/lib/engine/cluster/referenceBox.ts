// Uniform reference data for the gap statistic (Tibshirani, Walther & Hastie 2001, section 3): rows
// drawn uniformly over the box aligned with the data's principal axes (their variant b), so an
// elongated, tilted cloud gets a tilted box of its own shape instead of a larger axis-aligned one
// that would make any data look clustered. 'bounding' gives variant a, the axis-aligned box.
import { createMatrix, type Matrix } from '../matrix';
import type { Random } from '../random';
import { pca } from '../stats/pca';

export type ReferenceBox = 'pca' | 'bounding';

/** A sampler of reference sets shaped like X (same rows and columns). */
export interface ReferenceSampler {
	draw(random: Random): Matrix;
}

/** Reference sets uniform over X's PCA-aligned box (default) or its bounding box. */
export function referenceSampler(X: Matrix, box: ReferenceBox = 'pca'): ReferenceSampler {
	const { rows: n, cols: d } = X;
	const canRotate = box === 'pca' && n >= 2 && d >= 2;
	const fit = canRotate ? pca(X, { components: Math.min(n, d) }) : null;
	const c = fit ? fit.components.length / d : d;
	// Coordinates in the rotated (or original) frame, and their ranges.
	const coords = fit ? fit.scores : X.data;
	const low = new Float64Array(c).fill(Infinity);
	const high = new Float64Array(c).fill(-Infinity);
	for (let i = 0; i < n; i++) {
		for (let t = 0; t < c; t++) {
			const v = coords[i * c + t];
			if (v < low[t]) low[t] = v;
			if (v > high[t]) high[t] = v;
		}
	}
	return {
		draw(random) {
			const Z = createMatrix(n, d);
			const u = new Float64Array(c);
			for (let i = 0; i < n; i++) {
				for (let t = 0; t < c; t++) u[t] = low[t] + (high[t] - low[t]) * random.next();
				if (!fit) {
					Z.data.set(u, i * d);
					continue;
				}
				// Back to the data's frame: mean + sum over components of score x loading.
				for (let j = 0; j < d; j++) {
					let v = fit.mean[j];
					for (let t = 0; t < c; t++) v += u[t] * fit.components[t * d + j];
					Z.data[i * d + j] = v;
				}
			}
			return Z;
		}
	};
}
