import type { Table } from '../table';
import type { Recipe } from './recipe';

/** Numeric feature columns, missing values replaced by the median, standard scaler. */
export function defaultRecipe(table: Table): Recipe {
	const features = table.columns
		.filter((c) => c.type === 'numeric' && c.role === 'feature')
		.map((c) => ({ column: c.name, impute: 'median' as const }));
	return { version: 1, features, scaler: 'standard' };
}
