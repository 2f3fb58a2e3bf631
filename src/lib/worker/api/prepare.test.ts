import { describe, expect, it } from 'vitest';
import { categorical, numeric, tableOf, wholesaleTable } from '../../engine/prep/testing';
import type { Recipe } from '../../engine/prep/recipe';
import { preview } from './prepare';

const spend = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];

describe('preview', () => {
	it('preview(wholesale, log1p + standard) keeps 440 rows and shows Milk before and after', () => {
		const recipe: Recipe = { version: 1, features: spend.map((column) => ({ column, log1p: true })), scaler: 'standard' };
		const result = preview(wholesaleTable(), recipe, 'Milk');
		if (!result.ok) throw new Error(result.message);
		expect(result.rowsKept).toBe(440);
		expect(result.featureNames).toEqual(spend);
		const view = result.view;
		if (view?.kind !== 'numeric' || !view.after) throw new Error('expected a numeric view');
		expect(view.before.reduce((s, b) => s + b.count, 0)).toBe(440);
		expect(view.after.bins.reduce((s, b) => s + b.count, 0)).toBe(440);
		// Standardised log values lie within a few units of 0; the raw ones reach tens of thousands.
		expect(view.after.bins[view.after.bins.length - 1].x1).toBeLessThan(5);
		expect(view.before[view.before.length - 1].x1).toBeGreaterThan(10_000);
	});

	it('preview counts dropped rows and their reason', () => {
		const table = tableOf(numeric('a', [1, null, 3, 4]), numeric('b', [2, 2, 5, 1]));
		const result = preview(table, { version: 1, features: [{ column: 'a', impute: 'drop' }, { column: 'b' }], scaler: 'none' }, null);
		if (!result.ok) throw new Error(result.message);
		expect(result.rowsKept).toBe(3);
		expect(result.dropped).toEqual([{ reason: 'missing value in a', count: 1 }]);
	});

	it('preview of a one-hot column counts the rows in each indicator', () => {
		const table = tableOf(categorical('c', ['x', 'y', 'x', 'z', 'x']), numeric('n', [1, 2, 3, 4, 5]));
		const result = preview(table, { version: 1, features: [{ column: 'c', oneHot: { maxCategories: 5 } }, { column: 'n' }], scaler: 'standard' }, 'c');
		if (!result.ok || result.view?.kind !== 'categorical') throw new Error('expected a categorical view');
		expect(result.view.after).toEqual([
			{ value: 'c=x', count: 3 },
			{ value: 'c=y', count: 1 },
			{ value: 'c=z', count: 1 }
		]);
	});

	it('preview of a recipe that drops every row says why instead of throwing', () => {
		const table = tableOf(numeric('a', [null, null, 1]), numeric('b', [1, 2, null]));
		const result = preview(table, { version: 1, features: [{ column: 'a' }, { column: 'b' }], scaler: 'none' }, 'a');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toMatch(/every row was dropped/);
		expect(result.view?.kind).toBe('numeric');
	});
});
