// Fitting the per-column steps of a recipe, stage by stage on the rows still kept: which columns
// take part, their fill values, outlier bounds, whether log1p applies, and the one-hot categories.
import { isUnmeasured } from '../io/meaning';
import { findColumn, type Column, type DictionaryColumn, type NumericColumn, type Table } from '../table';
import { deriveFor, derivedColumn } from './derive';
import { allMissing, categoricalMode, effectiveImputation, numericFill } from './impute';
import { outlierBounds, type Bounds } from './outliers';
import { defaultMaxCategories, type ColumnStep, type FittedInput, type Recipe } from './recipe';
import { chooseCategories, numericInputValues } from './transform';

/** Inputs of a recipe with their table columns and steps (same index in each). */
export interface BoundInputs {
	columns: Column[];
	inputs: FittedInput[];
	steps: ColumnStep[];
}

/** The recipe's columns that hold any value; fills are placeholders until fitFills. */
export function resolveInputs(table: Table, recipe: Recipe, notices: string[]): BoundInputs {
	const bound: BoundInputs = { columns: [], inputs: [], steps: [] };
	const seen = new Set<string>();
	for (const step of recipe.features) {
		if (seen.has(step.column)) throw new Error(`column "${step.column}" appears twice in the recipe; keep one step per column`);
		seen.add(step.column);
		const stored = findColumn(table, step.column);
		if (allMissing(stored)) {
			notices.push(`${step.column} left out: every value is missing.`);
			continue;
		}
		const derive = deriveFor(stored, step);
		const column = derivedColumn(stored, derive);
		const kind = column.type === 'numeric' ? 'numeric' : 'categorical';
		const impute = effectiveImputation(kind, step.impute);
		if (kind === 'categorical') noteIgnoredSteps(step, impute, notices);
		bound.columns.push(column);
		bound.steps.push(step);
		const input: FittedInput = { column: step.column, kind, impute, fill: impute === 'drop' ? null : 0, bounds: null, log1p: false, categories: [], other: false };
		if (derive) input.derive = derive;
		bound.inputs.push(input);
	}
	return bound;
}

function noteIgnoredSteps(step: ColumnStep, impute: FittedInput['impute'], notices: string[]): void {
	if (step.impute !== undefined && step.impute !== impute) {
		notices.push(`${step.column} is categorical: missing values replaced by the most frequent category instead.`);
	}
	if (step.outliers || step.log1p) notices.push(`${step.column} is categorical: outlier and log1p steps do not apply and were skipped.`);
}

/** Fill values learned on `rows`; inputs left with no value there are removed with a notice. */
export function fitFills(bound: BoundInputs, rows: Int32Array, notices: string[]): BoundInputs {
	const keep = bound.inputs.map((input, j) => {
		if (input.fill === null) return true;
		const column = bound.columns[j];
		input.fill = column.type === 'numeric' ? numericFill(column, rows, input.impute) : categoricalMode(column, rows);
		const empty = input.fill === null || Number.isNaN(input.fill);
		if (empty) notices.push(`${input.column} left out: no value remains in the kept rows.`);
		return !empty;
	});
	return filterBound(bound, keep);
}

function filterBound(bound: BoundInputs, keep: boolean[]): BoundInputs {
	return {
		columns: bound.columns.filter((_, j) => keep[j]),
		inputs: bound.inputs.filter((_, j) => keep[j]),
		steps: bound.steps.filter((_, j) => keep[j])
	};
}

/**
 * Outlier bounds of numeric inputs with a rule, on their imputed values over `rows`. A rule is
 * skipped, with a notice, for flags, codes and scores (their extremes are real answers, not errors)
 * and when clipping or dropping would leave the column with one value (bounds that collapse, as the
 * IQR rule's do on a 0/1 column): preparing must never turn a varying column into a constant.
 */
export function fitBounds(bound: BoundInputs, rows: Int32Array, notices: string[] = []): void {
	bound.inputs.forEach((input, j) => {
		const rule = bound.steps[j].outliers;
		if (!rule || input.kind !== 'numeric') return;
		const column = bound.columns[j] as NumericColumn;
		if (isUnmeasured(column.meaning)) {
			notices.push(`${input.column}: outlier rule skipped: a ${column.meaning} column's extreme values are real, not errors.`);
			return;
		}
		const values = numericInputValues(column, input, rows, false);
		const bounds = outlierBounds(values, rule);
		if (rule.action !== 'flag' && flattens(values, bounds, rule.action)) {
			notices.push(`${input.column}: outlier rule skipped: its bounds (${bounds.lower} to ${bounds.upper}) would give every row the same value.`);
			return;
		}
		input.bounds = { ...bounds, action: rule.action };
	});
}

/** True when the values vary but not once clipped to the bounds (or with the rows beyond them dropped). */
function flattens(values: Float64Array, bounds: Bounds, action: 'clip' | 'drop'): boolean {
	let min = Infinity;
	let max = -Infinity;
	let inMin = Infinity;
	let inMax = -Infinity;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
		if (v >= bounds.lower && v <= bounds.upper) {
			if (v < inMin) inMin = v;
			if (v > inMax) inMax = v;
		}
	}
	if (!(min < max)) return false;
	// Clipped values span [max(min, lower), min(max, upper)]; kept values span [inMin, inMax].
	return action === 'clip' ? Math.max(min, bounds.lower) >= Math.min(max, bounds.upper) : !(inMin < inMax);
}

/** log1p where asked and defined on every kept value; one-hot categories on the kept rows. */
export function fitTransforms(bound: BoundInputs, rows: Int32Array, notices: string[]): void {
	bound.inputs.forEach((input, j) => {
		const step = bound.steps[j];
		const column = bound.columns[j];
		if (input.kind === 'categorical') {
			const max = step.oneHot?.maxCategories ?? defaultMaxCategories;
			Object.assign(input, chooseCategories(column as DictionaryColumn, rows, max));
			return;
		}
		if (!step.log1p) return;
		const values = numericInputValues(column as NumericColumn, input, rows, false);
		if (values.some((v) => v <= -1)) notices.push(`log1p not applied to ${input.column}: it has values <= -1.`);
		else input.log1p = true;
	});
}
