import { describe, expect, it } from 'vitest';
import { describeRecipe } from './describeRecipe';

describe('describeRecipe', () => {
	it('describeRecipe gives one sentence per column and one for the scaler', () => {
		const lines = describeRecipe({
			version: 1,
			features: [
				{ column: 'Milk', impute: 'median', log1p: true },
				{ column: 'Fresh', impute: { constant: 0 }, outliers: { method: 'iqr', threshold: 1.5, action: 'clip' } },
				{ column: 'Age', outliers: { method: 'zscore', threshold: 3, action: 'drop' } },
				{ column: 'Region', impute: 'mode', oneHot: { maxCategories: 5 } }
			],
			scaler: 'standard'
		});
		expect(lines).toEqual([
			'Milk: missing values replaced by the median; log1p applied.',
			'Fresh: missing values replaced by 0; values more than 1.5 × IQR beyond the quartiles clipped to that limit.',
			'Age: rows with a missing value dropped; rows with values more than 3 standard deviations from the mean dropped.',
			'Region: missing values replaced by the most frequent value; one-hot encoded into at most 5 columns (rarer categories grouped as "other").',
			'Features scaled to mean 0 and standard deviation 1 (standard scaler).'
		]);
	});

	it('describeRecipe names each scaler', () => {
		const scaler = (s: 'minmax' | 'robust' | 'none') => describeRecipe({ version: 1, features: [{ column: 'x' }], scaler: s })[1];
		expect(scaler('minmax')).toBe('Features scaled to the range 0 to 1 (min-max scaler).');
		expect(scaler('robust')).toMatch(/median.*interquartile range/);
		expect(scaler('none')).toBe('Features left unscaled.');
	});
});
