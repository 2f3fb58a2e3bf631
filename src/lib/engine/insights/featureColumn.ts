// What insights read: named numeric columns (a NumericColumn from a Table fits) and a label per row.
import type { ColumnMeaning } from '../table';

/** A feature in its original units. NaN = missing: that row is left out for this feature only. */
export interface FeatureColumn {
	name: string;
	values: Float64Array;
	/** What the feature means to the business; names and actions treat it as 'measure' when absent. */
	meaning?: ColumnMeaning;
	/** One-hot features: the input column and the category the 0/1 indicator is 1 for (null: the "other" column). */
	oneHot?: { column: string; category: string | null };
}

/** Rows with label >= 0 and a value, grouped by label: label -> values (labels ascending). */
export function groupValues(values: Float64Array, labels: Int32Array): Map<number, number[]> {
	if (values.length !== labels.length) throw new Error(`${values.length} values but ${labels.length} labels`);
	const groups = new Map<number, number[]>();
	for (let i = 0; i < values.length; i++) {
		const label = labels[i];
		const v = values[i];
		if (label < 0 || Number.isNaN(v)) continue;
		const group = groups.get(label);
		if (group) group.push(v);
		else groups.set(label, [v]);
	}
	return new Map([...groups.entries()].sort((a, b) => a[0] - b[0]));
}

/** Throw when there are no columns or a column's length differs from the labels'. */
export function checkFeatureColumns(columns: FeatureColumn[], labels: Int32Array): void {
	if (columns.length === 0) throw new Error('no feature columns to describe the segments with');
	for (const column of columns) {
		if (column.values.length !== labels.length) {
			throw new Error(`column "${column.name}" has ${column.values.length} values but there are ${labels.length} labels`);
		}
	}
}
