// Per-row values of a fitted input column: numeric ones filled, clipped and log1p'd; categorical
// ones one-hot encoded into the kept categories plus an optional "other" indicator.
import type { Column, DictionaryColumn, NumericColumn } from '../table';
import type { FittedFeature, FittedInput } from './recipe';
import { codeCounts } from './impute';
import { inputFeatureName } from './derive';

/** A fitted feature before the scaler is fitted. */
export type FeatureDraft = Omit<FittedFeature, 'centre' | 'scale'>;

/** How a numeric input turns a raw value into its filled, clipped value (the loops below stay monomorphic). */
function cellRule(input: FittedInput): { fill: number; lower: number; upper: number } {
	const clipping = input.bounds?.action === 'clip';
	return {
		fill: typeof input.fill === 'number' ? input.fill : Number.NaN,
		lower: clipping ? input.bounds!.lower : -Infinity,
		upper: clipping ? input.bounds!.upper : Infinity
	};
}

/** Numeric input values of `rows` after imputation and clipping (NaN where missing and not filled), into `out` when given. */
export function filledValues(column: NumericColumn, input: FittedInput, rows: Int32Array, out: Float64Array = new Float64Array(rows.length)): Float64Array {
	const { fill, lower, upper } = cellRule(input);
	const values = column.values;
	for (let i = 0; i < rows.length; i++) {
		let v = values[rows[i]];
		if (v !== v) v = fill;
		out[i] = v < lower ? lower : v > upper ? upper : v;
	}
	return out;
}

/** Numeric input values over `rows`: filled, clipped, then log1p when `log1p` (default the input's). */
export function numericInputValues(column: NumericColumn, input: FittedInput, rows: Int32Array, log1p = input.log1p, into?: Float64Array): Float64Array {
	const out = filledValues(column, input, rows, into);
	if (log1p) for (let i = 0; i < out.length; i++) out[i] = Math.log1p(out[i]);
	return out;
}

/**
 * For each row, the index into input.categories of its category after filling; -1 when the
 * category is not one of them (other or unseen), -2 when missing and not filled.
 */
export function categoryIndices(column: DictionaryColumn, input: FittedInput, rows: Int32Array): Int32Array {
	const position = new Map(input.categories.map((c, i) => [c, i]));
	const byCode = Int32Array.from(column.dictionary, (c) => position.get(c) ?? -1);
	const filled = typeof input.fill === 'string' ? (position.get(input.fill) ?? -1) : -2;
	const out = new Int32Array(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const code = column.codes[rows[i]];
		out[i] = code < 0 ? filled : byCode[code];
	}
	return out;
}

/** Categories present in `rows`, most frequent first (ties: first seen), capped so that at most `max` columns result. */
export function chooseCategories(column: DictionaryColumn, rows: Int32Array, max: number): { categories: string[]; other: boolean } {
	if (!Number.isInteger(max) || max < 1) throw new Error(`column "${column.name}": maxCategories must be a whole number >= 1, got ${max}`);
	const counts = codeCounts(column, rows);
	const present = [...counts.keys()].filter((c) => counts[c] > 0).sort((a, b) => counts[b] - counts[a] || a - b);
	const other = present.length > max;
	const kept = other ? present.slice(0, max - 1) : present;
	return { categories: kept.map((c) => column.dictionary[c]), other };
}

/** The output features an input column produces, before scaling. */
export function featureDrafts(input: FittedInput): FeatureDraft[] {
	const base = { column: input.column, log1p: false, category: null };
	if (input.kind === 'numeric') return [{ ...base, name: inputFeatureName(input), kind: 'numeric', log1p: input.log1p }];
	const drafts: FeatureDraft[] = input.categories.map((category) => ({ ...base, name: `${input.column}=${category}`, kind: 'category', category }));
	if (input.other) {
		const label = input.categories.includes('other') ? '(other)' : 'other';
		drafts.push({ ...base, name: `${input.column}=${label}`, kind: 'other' });
	}
	return drafts;
}

/** Unscaled values of every feature of one input over `rows`, in featureDrafts order; into `into` (one array of rows.length per feature) when given. */
export function inputFeatureValues(column: Column, input: FittedInput, rows: Int32Array, into?: Float64Array[]): Float64Array[] {
	if (input.kind === 'numeric') return [numericInputValues(column as NumericColumn, input, rows, input.log1p, into?.[0])];
	const indices = categoryIndices(column as DictionaryColumn, input, rows);
	const width = input.categories.length + (input.other ? 1 : 0);
	const out = into ? into.map((values) => values.fill(0)) : Array.from({ length: width }, () => new Float64Array(rows.length));
	for (let i = 0; i < rows.length; i++) {
		const c = indices[i];
		if (c >= 0) out[c][i] = 1;
		else if (c === -1 && input.other) out[width - 1][i] = 1;
	}
	return out;
}
