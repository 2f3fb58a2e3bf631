// The known customers nearest to a new one: the dataset's rows through the model's recipe, searched
// by Euclidean distance in the scaled space the model works in. Each comes with the segment the
// model gives it and, when the model predicts a column, the value that row really has.
import { createMatrix } from '../matrix';
import { applyFitted } from '../prep/applyFitted';
import { cellText, type Table } from '../table';
import { modelAssigner } from './assign';
import { tableForModel } from './coerce';
import { rowTable, type InputValues } from './predict';
import type { SegmentModel } from './types';

export interface Neighbour {
	/** Table row (0-based). */
	row: number;
	distance: number;
	/** The segment the model assigns to this row. */
	segment: string;
	/** Column targets: the row's own value of the column. */
	actual: string | null;
	/** The row's values of the model's input columns. */
	cells: { name: string; value: string }[];
}

export type NeighbourSearch = (values: InputValues, count?: number) => Neighbour[];

/** Prepares `table` once for repeated searches. */
export function neighbourSearch(model: SegmentModel, table: Table): NeighbourSearch {
	const inputs = tableForModel(model, table).table;
	const { X, rowIndex } = applyFitted(inputs, model.fitted);
	const assign = modelAssigner(model);
	const target = model.target.kind === 'column' ? table.columns.find((c) => c.name === (model.target as { column: string }).column) : undefined;
	const d = X.cols;
	return (values, count = 5) => {
		const query = applyFitted(rowTable(model, values), model.fitted).X;
		if (query.rows === 0) return [];
		const best = nearest(X.data, d, query.data, Math.min(count, X.rows));
		const chosen = createMatrix(best.length, d);
		best.forEach(({ i }, t) => chosen.data.set(X.data.subarray(i * d, (i + 1) * d), t * d));
		const labels = assign(chosen).labels;
		return best.map(({ i, distance }, t) => {
			const row = rowIndex[i];
			return {
				row,
				distance,
				segment: model.segments[labels[t]].name,
				actual: target ? cellText(target, row) : null,
				cells: inputs.columns.map((c) => ({ name: c.name, value: cellText(c, row) }))
			};
		});
	};
}

/** Indices of the `count` rows nearest to `q`, nearest first (ties: lower index), with distances. */
function nearest(data: Float64Array, d: number, q: Float64Array, count: number): { i: number; distance: number }[] {
	const found: { i: number; s: number }[] = [];
	const n = data.length / d;
	for (let i = 0; i < n; i++) {
		let s = 0;
		for (let j = 0; j < d; j++) {
			const diff = data[i * d + j] - q[j];
			s += diff * diff;
		}
		if (found.length === count && s >= found[count - 1].s) continue;
		let at = found.length;
		while (at > 0 && found[at - 1].s > s) at--;
		found.splice(at, 0, { i, s });
		if (found.length > count) found.pop();
	}
	return found.map(({ i, s }) => ({ i, distance: Math.sqrt(s) }));
}
