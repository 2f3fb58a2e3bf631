// Steps worth considering for the recipe's columns, each with a ready-made step the UI can merge
// into the column's: every value missing, no spread, missing values that would drop rows,
// right-skewed non-negative values (pandas skewness > 1) for log1p, and outliers by the IQR rule.
// Neither log1p nor outlier rules are suggested for columns whose numbers are labels or bounded by
// design (flags, codes, scores, outcomes, row numbers), no outlier rule for shares within 0..1, and
// no clipping when the IQR bounds collapse (lower == upper, as for 0/1 columns or TENURE mostly 12):
// clipping would make the column constant.
import { isUnmeasured, meaningOf } from '../io/meaning';
import { describe } from '../stats/describe';
import { findColumn, type Column, type Table } from '../table';
import { defaultOutlierThreshold, type ColumnStep, type Recipe, type Suggestion } from './recipe';

const skewLimit = 1;
export function suggestSteps(table: Table, recipe: Recipe): Suggestion[] {
	return recipe.features.flatMap((step) => suggestionsFor(findColumn(table, step.column), step));
}

function missingCount(column: Column): number {
	if (column.type === 'numeric') return column.values.reduce((n, v) => (Number.isNaN(v) ? n + 1 : n), 0);
	return column.codes.reduce((n, code) => (code < 0 ? n + 1 : n), 0);
}

function suggestionsFor(column: Column, step: ColumnStep): Suggestion[] {
	const name = column.name;
	const missing = missingCount(column);
	const n = column.type === 'numeric' ? column.values.length : column.codes.length;
	if (missing === n) return [{ column: name, kind: 'all-missing', message: `${name} has no values; leave it out.`, step: null }];
	const out: Suggestion[] = [];
	if (missing > 0 && (step.impute === undefined || step.impute === 'drop')) {
		// Dates enter as days since (a number); codes as categories.
		const fill = (column.type === 'numeric' && meaningOf(column) !== 'code') || column.type === 'datetime' ? 'median' : 'mode';
		const what = fill === 'median' ? 'the median' : 'the most frequent category';
		out.push({
			column: name,
			kind: 'missing',
			message: `${name} is missing in ${missing} of ${n} rows (${percent(missing / n)}); those rows are dropped unless missing values are replaced by ${what}.`,
			step: { impute: fill }
		});
	}
	if (column.type === 'numeric') out.push(...numericSuggestions(name, column.values, step, !isUnmeasured(meaningOf(column))));
	return out;
}

function numericSuggestions(name: string, values: Float64Array, step: ColumnStep, measured: boolean): Suggestion[] {
	const d = describe(values);
	if (d.min === d.max) {
		return [{ column: name, kind: 'zero-variance', message: `${name} has the same value (${d.min}) in every row, so it cannot separate segments; leave it out.`, step: null }];
	}
	const out: Suggestion[] = [];
	if (!measured) return out;
	if (!step.log1p && d.skewness > skewLimit && d.min >= 0) {
		out.push({
			column: name,
			kind: 'log1p',
			message: `${name} is strongly right-skewed (skewness ${d.skewness.toFixed(2)}); log1p keeps a few large values from dominating.`,
			step: { log1p: true }
		});
	}
	// Shares and frequencies (every value within 0..1, as PRC_FULL_PAYMENT) are on a fixed scale:
	// their extremes are real customers, not recording errors.
	const share = d.min >= 0 && d.max <= 1;
	if (!step.outliers && !share) {
		const threshold = defaultOutlierThreshold.iqr;
		const iqr = d.q75 - d.q25;
		const lower = d.q25 - threshold * iqr;
		const upper = d.q75 + threshold * iqr;
		const outliers = countBeyond(values, lower, upper);
		if (outliers > 0 && lower < upper) {
			out.push({
				column: name,
				kind: 'outliers',
				message: `${name} has ${outliers} outlier${outliers === 1 ? '' : 's'} by the IQR rule (outside ${round(lower)} to ${round(upper)}); clipping pulls them to those bounds.`,
				step: { outliers: { method: 'iqr', threshold, action: 'clip' } }
			});
		}
	}
	return out;
}

function countBeyond(values: Float64Array, lower: number, upper: number): number {
	let n = 0;
	for (const v of values) if (v < lower || v > upper) n++;
	return n;
}

function percent(share: number): string {
	return `${(share * 100).toFixed(share < 0.01 ? 1 : 0)}%`;
}

function round(v: number): string {
	return String(Number(v.toPrecision(4)));
}
