// The recipe in plain English, one sentence per column and one for the scaler, e.g.
// "Milk: missing values replaced by the median; log1p applied."
import { assertNever } from '../assert';
import type { ColumnStep, Imputation, OutlierRule, Recipe, Scaler } from './recipe';

export function describeRecipe(recipe: Recipe): string[] {
	if (recipe.features.length === 0) return ['No features chosen.'];
	return [...recipe.features.map(describeStep), describeScaler(recipe.scaler)];
}

export function describeStep(step: ColumnStep): string {
	const parts = [describeImputation(step.impute ?? 'drop')];
	if (step.daysSince) parts.unshift(`days since each date until ${step.daysSince.asOf ?? 'the day after the latest date'}`);
	if (step.outliers) parts.push(describeOutliers(step.outliers));
	if (step.log1p) parts.push('log1p applied');
	if (step.oneHot) {
		const max = step.oneHot.maxCategories;
		parts.push(`one-hot encoded into at most ${max} column${max === 1 ? '' : 's'} (rarer categories grouped as "other")`);
	}
	return `${step.column}: ${parts.join('; ')}.`;
}

function describeImputation(impute: Imputation): string {
	if (typeof impute === 'object') return `missing values replaced by ${impute.constant}`;
	switch (impute) {
		case 'drop':
			return 'rows with a missing value dropped';
		case 'mean':
			return 'missing values replaced by the mean';
		case 'median':
			return 'missing values replaced by the median';
		case 'mode':
			return 'missing values replaced by the most frequent value';
		default:
			return assertNever(impute);
	}
}

function describeOutliers(rule: OutlierRule): string {
	const which =
		rule.method === 'iqr'
			? `values more than ${rule.threshold} × IQR beyond the quartiles`
			: `values more than ${rule.threshold} standard deviations from the mean`;
	switch (rule.action) {
		case 'flag':
			return `${which} flagged as outliers`;
		case 'clip':
			return `${which} clipped to that limit`;
		case 'drop':
			return `rows with ${which} dropped`;
		default:
			return assertNever(rule.action);
	}
}

function describeScaler(scaler: Scaler): string {
	switch (scaler) {
		case 'standard':
			return 'Features scaled to mean 0 and standard deviation 1 (standard scaler).';
		case 'minmax':
			return 'Features scaled to the range 0 to 1 (min-max scaler).';
		case 'robust':
			return 'Features centred on the median and divided by the interquartile range (robust scaler).';
		case 'none':
			return 'Features left unscaled.';
		default:
			return assertNever(scaler);
	}
}
