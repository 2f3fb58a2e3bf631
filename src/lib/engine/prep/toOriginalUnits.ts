// Scaled values (centroids, usually) back to the units of the data: undo the scaler, then log1p
// (expm1). One-hot columns come back as shares of the category (a centroid's mean of 0/1 values).
import { createMatrix, type Matrix } from '../matrix';
import type { FittedRecipe } from './recipe';

export function toOriginalUnits(fitted: FittedRecipe, scaled: Matrix): Matrix {
	const d = fitted.features.length;
	if (scaled.cols !== d) throw new Error(`matrix has ${scaled.cols} columns but the recipe produces ${d} features`);
	const out = createMatrix(scaled.rows, d);
	fitted.features.forEach(({ centre, scale, log1p }, j) => {
		for (let i = 0; i < scaled.rows; i++) {
			const v = scaled.data[i * d + j] * scale + centre;
			out.data[i * d + j] = log1p ? Math.expm1(v) : v;
		}
	});
	return out;
}
