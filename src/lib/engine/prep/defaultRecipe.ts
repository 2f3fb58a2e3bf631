// The recipe a dataset starts with. Roles already carry the meanings (io/roles.ts): outcomes are
// labels, codes and dates are ignored, indexes and identifiers are ids, so the feature role alone
// decides. A code or date the analyst makes a feature still enters as categories / days since.
import type { Table } from '../table';
import type { ColumnStep, Recipe } from './recipe';

/** Numeric feature columns, missing values replaced by the median, standard scaler. */
export function defaultRecipe(table: Table): Recipe {
	const features: ColumnStep[] = [];
	for (const c of table.columns) {
		if (c.role !== 'feature') continue;
		if (c.type === 'numeric') features.push(c.meaning === 'code' ? { column: c.name, impute: 'mode' } : { column: c.name, impute: 'median' });
		else if (c.type === 'datetime') features.push({ column: c.name, impute: 'median', daysSince: {} });
	}
	return { version: 1, features, scaler: 'standard' };
}
