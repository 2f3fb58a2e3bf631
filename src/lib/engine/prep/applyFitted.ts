import type { Table } from '../table';
import type { Applied, FittedRecipe } from './recipe';

/** New rows through a fitted recipe: same fill values, bounds, transforms and scaler. */
export function applyFitted(table: Table, fitted: FittedRecipe): Applied {
	void table;
	void fitted;
	throw new Error('applyFitted: not implemented yet');
}
