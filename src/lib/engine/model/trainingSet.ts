// What a classifier learns from: the scaled features, one class per row (0..c-1) and the table row
// of each. The classes are a run's segments (its own recipe re-applied, so the rows and numbers
// are the run's), or the values of a column predicted from the other features.
import { stratifiedSplit } from '../classify/folds';
import { takeMatrixRows, type Matrix } from '../matrix';
import { applyFitted } from '../prep/applyFitted';
import { prepare } from '../prep/prepare';
import type { FittedRecipe, Recipe } from '../prep/recipe';
import { segmentDisplayName } from '../insights/segmentLabel';
import { cellText, findColumn, isMissing, takeRows, type Table } from '../table';
import type { ModelTarget } from './types';

/** More distinct values than this and a column is not a target a classifier can learn. */
export const maxClasses = 50;

export interface TrainingSet {
	X: Matrix;
	/** Class of each row, 0..classNames.length - 1. */
	y: Int32Array;
	/** Table row of each row. */
	rowIndex: Int32Array;
	fitted: FittedRecipe;
	classNames: string[];
	target: ModelTarget;
	/** What was left out and why. */
	notices: string[];
}

/** The run's rows with their segments; noise rows (label -1) are left out. `names` by label; blank ones become "Segment N". */
export function segmentTrainingSet(
	table: Table,
	run: { fitted: FittedRecipe; labels: Int32Array; rowIndex: Int32Array },
	names: readonly (string | null | undefined)[]
): TrainingSet {
	const applied = applyFitted(table, run.fitted);
	const same = applied.rowIndex.length === run.rowIndex.length && applied.rowIndex.every((r, i) => r === run.rowIndex[i]);
	if (!same) throw new Error('the dataset no longer matches this run (its rows changed); run the clustering again');
	const keep: number[] = [];
	run.labels.forEach((label, i) => label >= 0 && keep.push(i));
	let k = 0;
	for (const label of run.labels) if (label + 1 > k) k = label + 1;
	const notices = keep.length < run.labels.length ? [`${run.labels.length - keep.length} noise rows left out (they belong to no segment).`] : [];
	return {
		X: keep.length === run.labels.length ? applied.X : takeMatrixRows(applied.X, keep),
		y: Int32Array.from(keep, (i) => run.labels[i]),
		rowIndex: Int32Array.from(keep, (i) => run.rowIndex[i]),
		fitted: run.fitted,
		classNames: Array.from({ length: k }, (_, label) => segmentDisplayName(label, names[label])),
		target: { kind: 'segments' },
		notices
	};
}

/**
 * Rows with a value in `column`, prepared by `recipe` without that column (and only with
 * `features` when given); the column's distinct values, sorted, are the classes.
 */
export function columnTrainingSet(table: Table, recipe: Recipe, column: string, features?: string[]): TrainingSet {
	const target = findColumn(table, column);
	const steps = recipe.features.filter((f) => f.column !== column && (!features || features.includes(f.column)));
	if (steps.length === 0) throw new Error(`no features left to predict "${column}" from; choose at least one other column`);
	const withValue: number[] = [];
	for (let row = 0; row < table.rowCount; row++) if (!isMissing(target, row)) withValue.push(row);
	const prepared = prepare(takeRows(table, withValue), { ...recipe, features: steps });
	const rowIndex = Int32Array.from(prepared.rowIndex, (r) => withValue[r]);
	const texts = Array.from(rowIndex, (row) => cellText(target, row));
	const classNames = [...new Set(texts)].sort(target.type === 'numeric' ? (a, b) => Number(a) - Number(b) : (a, b) => a.localeCompare(b));
	if (classNames.length < 2) throw new Error(`column "${column}" has only one value (${classNames[0] ?? 'none'}) in the prepared rows; nothing to predict`);
	if (classNames.length > maxClasses) throw new Error(`column "${column}" has ${classNames.length} distinct values; choose a column with at most ${maxClasses}`);
	const position = new Map(classNames.map((name, c) => [name, c]));
	const notices = [...prepared.notices];
	const missing = table.rowCount - withValue.length;
	if (missing) notices.push(`${missing} rows without a value in ${column} left out.`);
	for (const d of prepared.dropped) notices.push(`${d.count} rows left out for ${d.reason}.`);
	return {
		X: prepared.X,
		y: Int32Array.from(texts, (t) => position.get(t)!),
		rowIndex,
		fitted: prepared.fitted,
		classNames,
		target: { kind: 'column', column },
		notices
	};
}

/** At most `maxRows` rows, drawn stratified and seeded, so every class keeps its share. */
export function capTrainingSet(set: TrainingSet, maxRows: number, seed = 0): TrainingSet {
	const n = set.y.length;
	if (n <= maxRows) return set;
	const { test: rows } = stratifiedSplit(set.y, { testFraction: maxRows / n, seed });
	return {
		...set,
		X: takeMatrixRows(set.X, rows),
		y: Int32Array.from(rows, (i) => set.y[i]),
		rowIndex: Int32Array.from(rows, (i) => set.rowIndex[i]),
		notices: [...set.notices, `Trained and evaluated on a stratified sample of ${rows.length.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} rows.`]
	};
}
