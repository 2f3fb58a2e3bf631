// Scoring a table with a model: every row through the saved recipe (fills, bounds, log1p,
// categories, scaler, all as fitted), then the model's classifier. Rows the recipe cannot take
// (a missing value it does not fill, an outlier it drops) get label -1 and a reason.
import { applyFitted } from '../prep/applyFitted';
import type { Applied, DroppedCount } from '../prep/recipe';
import { bindColumns, keepRows, type RowCheck } from '../prep/rows';
import type { Table } from '../table';
import { modelAssigner, type Assignment } from './assign';
import { tableForModel } from './coerce';
import type { SegmentModel } from './types';

export interface ScoredTable {
	/** Segment label of every table row; -1 when the row could not be scored. */
	labels: Int32Array;
	/** Segment name of every table row; '' when it could not be scored. */
	names: string[];
	/** Probability (or KNN vote share) of the assigned segment; NaN for nearest centroid or unscored rows. */
	confidence: Float64Array;
	/** Why each unscored row was left out, in row order. */
	reasons: { row: number; reason: string }[];
	/** Unscored rows per reason. */
	dropped: DroppedCount[];
	scored: number;
	/** Scored rows per segment, by label. */
	counts: number[];
	/** Columns read as another type than the file had ("Region read as categorical"). */
	conversions: string[];
}

export function scoreTable(model: SegmentModel, table: Table): ScoredTable {
	const inputs = scoringInputs(model, table);
	return scoredTable(model, table, inputs, modelAssigner(model)(inputs.applied.X));
}

/** A table's rows through the model's recipe: what the classifier is asked about. */
export interface ScoringInputs {
	/** The model's input columns, read as the model's types. */
	inputs: Table;
	conversions: string[];
	applied: Applied;
}

export function scoringInputs(model: SegmentModel, table: Table): ScoringInputs {
	const { table: inputs, conversions } = tableForModel(model, table);
	return { inputs, conversions, applied: applyFitted(inputs, model.fitted) };
}

/** scoreTable's result from the rows' assignment (another assigner, such as a pooled KNN, may give it). */
export function scoredTable(model: SegmentModel, table: Table, { inputs, conversions, applied }: ScoringInputs, assignment: Assignment): ScoredTable {
	const { labels: assigned, probabilities } = assignment;
	const n = table.rowCount;
	const k = model.segments.length;
	const labels = new Int32Array(n).fill(-1);
	const names = new Array<string>(n).fill('');
	const confidence = new Float64Array(n).fill(Number.NaN);
	const counts = new Array<number>(k).fill(0);
	applied.rowIndex.forEach((row, i) => {
		const label = assigned[i];
		labels[row] = label;
		names[row] = model.segments[label].name;
		if (probabilities) confidence[row] = probabilities.data[i * k + label];
		counts[label]++;
	});
	return {
		labels,
		names,
		confidence,
		reasons: rowReasons(model, inputs, labels),
		dropped: applied.dropped,
		scored: applied.rowIndex.length,
		counts,
		conversions
	};
}

const checks: RowCheck[] = ['missing', 'outliers', 'log1p'];

/** The reason each unscored row (label -1) was dropped, found as applyFitted finds it: first check, first column. */
function rowReasons(model: SegmentModel, table: Table, labels: Int32Array): { row: number; reason: string }[] {
	const unscored: number[] = [];
	labels.forEach((label, row) => label < 0 && unscored.push(row));
	if (unscored.length === 0) return [];
	const columns = bindColumns(table, model.fitted.inputs);
	const reasonOf = new Map<number, string>();
	let remaining: Int32Array = Int32Array.from(unscored);
	for (const check of checks) {
		model.fitted.inputs.forEach((input, j) => {
			const { rows, dropped } = keepRows([columns[j]], [input], remaining, [check]);
			if (rows.length === remaining.length) return;
			const kept = new Set(rows);
			for (const row of remaining) if (!kept.has(row)) reasonOf.set(row, dropped[0].reason);
			remaining = rows;
		});
	}
	return unscored.map((row) => ({ row, reason: reasonOf.get(row) ?? 'not scored' }));
}
