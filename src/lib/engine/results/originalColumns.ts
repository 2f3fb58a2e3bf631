// The prepared features in the data's own units, row for row with the matrix, for segment
// profiles: numeric features take the values the recipe read (the raw column, or days since a date;
// before imputation, clipping and log1p: missing stays NaN and is left out per feature), one-hot
// features are 0/1 indicators of the raw category or code (missing stays NaN), so their segment
// means are shares. Each carries what its column means, so names and actions speak of spend as
// spend, of Age as who the customers are, and of Channel 2 as a category.
import type { FeatureColumn } from '../insights/featureColumn';
import { meaningOf } from '../io/meaning';
import { derivedColumn } from '../prep/derive';
import type { FittedFeature, FittedInput, FittedRecipe } from '../prep/recipe';
import { findColumn, type Column, type ColumnMeaning, type DictionaryColumn, type Table } from '../table';

export function originalColumns(table: Table, fitted: FittedRecipe, rowIndex: Int32Array): FeatureColumn[] {
	const read = new Map<string, { input?: FittedInput; stored: Column; column: Column }>();
	for (const input of fitted.inputs) {
		const stored = findColumn(table, input.column);
		read.set(input.column, { input, stored, column: derivedColumn(stored, input.derive) });
	}
	return fitted.features.map((feature): FeatureColumn => {
		let source = read.get(feature.column);
		if (!source) {
			const stored = findColumn(table, feature.column);
			source = { stored, column: stored };
		}
		const { input, stored, column } = source;
		// A string, not the union: recipes may grow feature kinds this file does not know yet.
		const kind: string = feature.kind;
		if ((kind === 'category' || kind === 'other') && column.type !== 'numeric') {
			return {
				name: feature.name,
				values: indicatorValues(column, feature, input, rowIndex),
				meaning: meaningOf(stored),
				oneHot: { column: feature.column, category: kind === 'category' ? feature.category : null }
			};
		}
		const values = new Float64Array(rowIndex.length).fill(Number.NaN);
		if (kind === 'numeric' && column.type === 'numeric') for (let i = 0; i < rowIndex.length; i++) values[i] = column.values[rowIndex[i]];
		return { name: feature.name, values, meaning: numericMeaning(stored, column) };
	});
}

function indicatorValues(column: DictionaryColumn, feature: FittedFeature, input: FittedInput | undefined, rowIndex: Int32Array): Float64Array {
	const out = new Float64Array(rowIndex.length);
	const kept = new Set(input?.categories ?? []);
	const hit = column.dictionary.map((c) => (feature.kind === 'category' ? c === feature.category : !kept.has(c)));
	for (let i = 0; i < rowIndex.length; i++) {
		const code = column.codes[rowIndex[i]];
		out[i] = code < 0 ? Number.NaN : hit[code] ? 1 : 0;
	}
	return out;
}

/** The stored column's meaning; a number read from a date is time since it: since the last activity (recency) or since joining (tenure). */
function numericMeaning(stored: Column, read: Column): ColumnMeaning {
	const meaning = meaningOf(stored);
	if (stored.type === 'numeric' || read.type !== 'numeric') return meaning;
	return /last|recen/i.test(stored.name) ? 'recency' : 'tenure';
}
