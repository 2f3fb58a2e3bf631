import type { Matrix } from '../matrix';
import type { FittedRecipe } from './recipe';

/** Undo the scaler, then log1p; one-hot columns become shares. */
export function toOriginalUnits(fitted: FittedRecipe, scaled: Matrix): Matrix {
	void fitted;
	void scaled;
	throw new Error('toOriginalUnits: not implemented yet');
}
