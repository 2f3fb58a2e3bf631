import { describe, expect, it } from 'vitest';
import { defaultRecipe } from './defaultRecipe';
import { suggestSteps } from './suggest';
import { categorical, numeric, tableOf, wholesaleTable } from './testing';

describe('suggestSteps', () => {
	it('suggestSteps proposes log1p for right-skewed non-negative columns and clipping for IQR outliers', () => {
		const table = tableOf(numeric('skewed', [1, 1, 2, 2, 3, 3, 4, 5, 8, 100]), numeric('even', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
		const s = suggestSteps(table, { version: 1, features: [{ column: 'skewed' }, { column: 'even' }], scaler: 'standard' });
		expect(s.map((x) => [x.column, x.kind])).toEqual([
			['skewed', 'log1p'],
			['skewed', 'outliers']
		]);
		expect(s[0].step).toEqual({ log1p: true });
		expect(s[1].message).toMatch(/1 outlier by the IQR rule/);
		expect(s[1].step).toEqual({ outliers: { method: 'iqr', threshold: 1.5, action: 'clip' } });
	});

	it('suggestSteps does not propose log1p when a value is negative, nor steps already in the recipe', () => {
		const table = tableOf(numeric('x', [-1, 1, 1, 2, 2, 3, 3, 4, 5, 8, 100]), numeric('y', [1, 1, 2, 2, 3, 3, 4, 5, 8, 100, 1]));
		const recipe = { version: 1 as const, features: [{ column: 'x' }, { column: 'y', log1p: true, outliers: { method: 'iqr' as const, threshold: 1.5, action: 'flag' as const } }], scaler: 'standard' as const };
		expect(suggestSteps(table, recipe).map((x) => [x.column, x.kind])).toEqual([['x', 'outliers']]);
	});

	it('suggestSteps reports missing shares, constant and empty columns', () => {
		const table = tableOf(numeric('gap', [1, null, 3, 4]), numeric('flat', [2, 2, 2, 2]), numeric('empty', [null, null, null, null]), categorical('c', ['a', null, 'b', 'a']));
		const features = ['gap', 'flat', 'empty', 'c'].map((column) => ({ column }));
		const s = suggestSteps(table, { version: 1, features, scaler: 'standard' });
		expect(s.map((x) => [x.column, x.kind, x.step])).toEqual([
			['gap', 'missing', { impute: 'median' }],
			['flat', 'zero-variance', null],
			['empty', 'all-missing', null],
			['c', 'missing', { impute: 'mode' }]
		]);
		expect(s[0].message).toBe('gap is missing in 1 of 4 rows (25%); those rows are dropped unless missing values are replaced by the median.');
	});

	it('suggestSteps on wholesale proposes log1p for every spending column', () => {
		const table = wholesaleTable();
		const kinds = suggestSteps(table, defaultRecipe(table)).filter((s) => s.kind === 'log1p').map((s) => s.column);
		expect(kinds).toEqual(['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen']);
	});
});

describe('defaultRecipe', () => {
	it('defaultRecipe takes numeric feature columns (not ids or categoricals), median imputation, standard scaler', () => {
		const id = { ...numeric('id', [1, 2]), role: 'id' as const };
		const table = tableOf(id, numeric('x', [1, 2]), categorical('c', ['a', 'b']));
		expect(defaultRecipe(table)).toEqual({ version: 1, features: [{ column: 'x', impute: 'median' }], scaler: 'standard' });
	});
});
