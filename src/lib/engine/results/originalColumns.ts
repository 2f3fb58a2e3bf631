// The prepared features in the data's own units, row for row with the matrix, for segment
// profiles: numeric features take the table's raw values (before imputation, clipping and log1p;
// missing stays NaN and is left out per feature), one-hot features are 0/1 indicators of the raw
// category (missing stays NaN), so their segment means are shares.
import type { FeatureColumn } from '../insights/featureColumn';
import type { FittedFeature, FittedRecipe } from '../prep/recipe';
import { findColumn, type Column, type Table } from '../table';

export function originalColumns(table: Table, fitted: FittedRecipe, rowIndex: Int32Array): FeatureColumn[] {
	return fitted.features.map((feature) => ({
		name: feature.name,
		values: originalValues(findColumn(table, feature.column), feature, fitted, rowIndex)
	}));
}

function originalValues(column: Column, feature: FittedFeature, fitted: FittedRecipe, rowIndex: Int32Array): Float64Array {
	const out = new Float64Array(rowIndex.length);
	if (column.type === 'numeric') {
		for (let i = 0; i < rowIndex.length; i++) out[i] = column.values[rowIndex[i]];
		return out;
	}
	const input = fitted.inputs.find((x) => x.column === feature.column);
	const kept = new Set(input?.categories ?? []);
	const hit = column.dictionary.map((c) => (feature.kind === 'category' ? c === feature.category : !kept.has(c)));
	for (let i = 0; i < rowIndex.length; i++) {
		const code = column.codes[rowIndex[i]];
		out[i] = code < 0 ? Number.NaN : hit[code] ? 1 : 0;
	}
	return out;
}
