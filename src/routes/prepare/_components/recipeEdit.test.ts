import { describe, expect, it } from 'vitest';
import type { Recipe, Suggestion } from '$lib/engine/prep/recipe';
import type { ColumnMeta } from '$lib/store/types';
import { applySuggestion, applySuggestions, outlierRule, toggleFeature, updateStep } from './recipeEdit';

const milk: ColumnMeta = { name: 'Milk', type: 'numeric', role: 'feature' };
const region: ColumnMeta = { name: 'Region', type: 'categorical', role: 'feature' };
const order = ['Region', 'Fresh', 'Milk'];
const base: Recipe = { version: 1, features: [{ column: 'Fresh', impute: 'median' }], scaler: 'standard' };

describe('recipe edits', () => {
	it('toggleFeature adds a column in table order with its starting step', () => {
		const withMilk = toggleFeature(base, milk, true, order);
		const both = toggleFeature(withMilk, region, true, order);
		expect(both.features).toEqual([
			{ column: 'Region', impute: 'mode', oneHot: { maxCategories: 10 } },
			{ column: 'Fresh', impute: 'median' },
			{ column: 'Milk', impute: 'median' }
		]);
		expect(base.features).toHaveLength(1);
	});

	it('toggleFeature(..., false) removes the column', () => {
		expect(toggleFeature(base, { ...milk, name: 'Fresh' }, false, order).features).toEqual([]);
	});

	it('updateStep merges and drops keys set to undefined or false', () => {
		const clipped = updateStep(base, 'Fresh', { outliers: outlierRule('zscore'), log1p: true });
		expect(clipped.features[0]).toEqual({ column: 'Fresh', impute: 'median', outliers: { method: 'zscore', threshold: 3, action: 'clip' }, log1p: true });
		expect(updateStep(clipped, 'Fresh', { outliers: undefined, log1p: false }).features[0]).toEqual({ column: 'Fresh', impute: 'median' });
	});

	it('applySuggestion merges a step, or leaves the column out when there is none', () => {
		const log: Suggestion = { column: 'Fresh', kind: 'log1p', message: '', step: { log1p: true } };
		const constant: Suggestion = { column: 'Fresh', kind: 'zero-variance', message: '', step: null };
		expect(applySuggestion(base, log).features[0].log1p).toBe(true);
		expect(applySuggestion(base, constant).features).toEqual([]);
	});

	it('applySuggestions applies them in turn and ignores columns no longer in the recipe', () => {
		const two = toggleFeature(base, milk, true, order);
		const all: Suggestion[] = [
			{ column: 'Milk', kind: 'zero-variance', message: '', step: null },
			{ column: 'Milk', kind: 'log1p', message: '', step: { log1p: true } },
			{ column: 'Fresh', kind: 'outliers', message: '', step: { outliers: outlierRule('iqr') } }
		];
		expect(applySuggestions(two, all).features).toEqual([{ column: 'Fresh', impute: 'median', outliers: { method: 'iqr', threshold: 1.5, action: 'clip' } }]);
	});
});
