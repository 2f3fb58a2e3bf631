// prepare(): fit a recipe to a table and transform it in one go. Rows with a missing value in a
// 'drop' column go first; fill values and outlier bounds are learned on the rows left; rows beyond
// a 'drop' rule go next; log1p, one-hot categories and the scaler are learned on the final rows.
// Features that end up constant (or empty) are left out with a notice, never scaled into NaN.
// The fitted recipe is copied as plain JSON (the caller's recipe may be a reactive proxy).
// prepareLazily() fits the same way but builds the matrix only when read, block by block or whole.
import { createMatrix, takeMatrixRows, type Matrix } from '../matrix';
import type { RowSource } from '../rowSource';
import { buildMatrix } from './applyFitted';
import type { NumericColumn, Table } from '../table';
import { fitBounds, fitFills, fitTransforms, resolveInputs, type BoundInputs } from './fitInputs';
import { countOutside } from './outliers';
import type { DroppedCount, FittedFeature, Prepared, Recipe } from './recipe';
import { allRows, keepRows } from './rows';
import { fitScale, isConstant, writeScaledColumn } from './scale';
import { featureDrafts, inputFeatureValues, numericInputValues } from './transform';

const scalers = ['standard', 'minmax', 'robust', 'none'];

export function prepare(table: Table, recipe: Recipe): Prepared {
	const { X, ...fit } = fitRecipe(table, recipe, true);
	return { X: X!, ...preparedFields(fit) };
}

/**
 * prepare() without the matrix: the same fit, and its rows made from the table when they are read.
 * `source` writes any block of rows (a pool loads its shards from it, so the only full copy of the
 * rows is the pool's); `X` is built on first use and kept. Both equal prepare()'s X exactly: the
 * rows go through the same functions (buildMatrix, as applyFitted does) with the same fitted values.
 */
export function prepareLazily(table: Table, recipe: Recipe): Prepared {
	const fit = fitRecipe(table, recipe, false);
	const { columns } = fit.bound;
	const fields = preparedFields(fit);
	const { fitted, rowIndex } = fields;
	let X: Matrix | undefined;
	// The unscaled values of a block, reused block after block: a pool loading its shards makes no garbage
	// the size of the matrix (at d = 3, 24 MB that the collector freed only after the load).
	let scratch: Float64Array[][] = [];
	const source: RowSource = {
		rows: rowIndex.length,
		cols: fitted.features.length,
		write(from, to, out) {
			if (X) return out.set(X.data.subarray(from * X.cols, to * X.cols));
			if (!(scratch[0]?.[0]?.length >= to - from)) scratch = fitted.inputs.map((input) => featureDrafts(input).map(() => new Float64Array(to - from)));
			buildMatrix(columns, fitted, rowIndex.subarray(from, to), out, scratch);
		},
		take: (indices) => (X ? takeMatrixRows(X, indices) : buildMatrix(columns, fitted, Int32Array.from(indices, (p) => rowIndex[p])))
	};
	return {
		...fields,
		get X() {
			return (X ??= buildMatrix(columns, fitted, rowIndex));
		},
		source
	};
}

interface Fit {
	bound: BoundInputs;
	rows: Int32Array;
	dropped: DroppedCount[];
	notices: string[];
	features: FittedFeature[];
	recipe: Recipe;
	/** The matrix, when asked for. */
	X?: Matrix;
}

function fitRecipe(table: Table, recipe: Recipe, build: boolean): Fit {
	if (recipe.version !== 1) throw new Error(`recipe version ${recipe.version} is not supported (expected 1)`);
	if (!scalers.includes(recipe.scaler)) throw new Error(`unknown scaler "${recipe.scaler}" (use ${scalers.join(', ')})`);
	const notices: string[] = [];
	let bound = resolveInputs(table, recipe, notices);
	const first = keepRows(bound.columns, bound.inputs, allRows(table.rowCount), ['missing']);
	bound = fitFills(bound, first.rows, notices);
	fitBounds(bound, first.rows, notices);
	const second = keepRows(bound.columns, bound.inputs, first.rows, ['outliers']);
	const rows = second.rows;
	const dropped = [...first.dropped, ...second.dropped];
	if (rows.length === 0) throw new Error(`every row was dropped (${describeDropped(dropped)}); fill missing values instead of dropping them, or relax the outlier rule`);
	fitTransforms(bound, rows, notices);
	const { features, X } = fitFeatures(bound, rows, recipe, notices, build);
	if (features.length === 0) throw new Error(`no features left to cluster${notices.length ? `: ${notices.join(' ')}` : ''}`);
	return { bound, rows, dropped, notices, features, recipe, X };
}

/** Everything prepare() returns but the matrix. */
function preparedFields(fit: Fit): Omit<Prepared, 'X'> {
	const { bound, rows, features } = fit;
	return {
		featureNames: features.map((f) => f.name),
		rowIndex: rows,
		fitted: { recipe: JSON.parse(JSON.stringify(fit.recipe)) as Recipe, inputs: bound.inputs, features },
		dropped: fit.dropped,
		notices: fit.notices,
		flagged: flaggedCounts(bound, rows)
	};
}

function describeDropped(dropped: DroppedCount[]): string {
	return dropped.map((d) => `${d.count} for ${d.reason}`).join(', ') || 'no rows in the table';
}

/**
 * Centre and scale of every output feature that varies over `rows`, and the scaled matrix if `build`. Each
 * column is computed once and scaled by the same arithmetic as buildMatrix(), so applyFitted() on
 * this table reproduces X exactly; constant features are skipped, then the matrix is narrowed.
 */
function fitFeatures(bound: BoundInputs, rows: Int32Array, recipe: Recipe, notices: string[], build: boolean): { features: FittedFeature[]; X?: Matrix } {
	const features: FittedFeature[] = [];
	const names = new Set<string>();
	const width = bound.inputs.reduce((w, input) => w + featureDrafts(input).length, 0);
	const wide = build ? createMatrix(rows.length, width) : undefined;
	bound.inputs.forEach((input, j) => {
		const values = inputFeatureValues(bound.columns[j], input, rows);
		featureDrafts(input).forEach((draft, u) => {
			if (names.has(draft.name)) throw new Error(`two features would both be called "${draft.name}"; rename one of the columns`);
			names.add(draft.name);
			if (isConstant(values[u])) {
				notices.push(`${draft.name} left out: it has the same value in every row.`);
				return;
			}
			const { centre, scale, unitFallback } = fitScale(values[u], recipe.scaler);
			if (unitFallback && draft.kind === 'numeric') {
				notices.push(`${draft.name}: its interquartile range is 0, so the robust scaler only centres it.`);
			}
			if (wide) writeScaledColumn(wide, features.length, values[u], centre, scale);
			features.push({ ...draft, centre, scale });
		});
	});
	return { features, X: wide && (features.length === width ? wide : narrow(wide, features.length)) };
}

/** The first `cols` columns of X. */
function narrow(X: Matrix, cols: number): Matrix {
	const out = createMatrix(X.rows, cols);
	for (let i = 0; i < X.rows; i++) out.data.set(X.data.subarray(i * X.cols, i * X.cols + cols), i * cols);
	return out;
}

/** Rows beyond a 'flag' rule's bounds, per column, among the prepared rows. */
function flaggedCounts(bound: BoundInputs, rows: Int32Array): { column: string; count: number }[] {
	const out: { column: string; count: number }[] = [];
	bound.inputs.forEach((input, j) => {
		if (input.bounds?.action !== 'flag') return;
		const values = numericInputValues(bound.columns[j] as NumericColumn, input, rows, false);
		out.push({ column: input.column, count: countOutside(values, input.bounds) });
	});
	return out;
}
