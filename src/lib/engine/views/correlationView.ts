// The Explore step's correlation heatmap: the numeric columns (identifiers left out, at most 50),
// in table order or reordered so related columns sit together.
import { correlationMatrix, orderByClustering, type CorrelationMethod } from '../stats';
import type { NumericColumn, Table } from '../table';

/** Columns a correlation heatmap shows at most. */
export const maxHeatmapColumns = 50;

export interface Correlation {
	method: CorrelationMethod;
	names: string[];
	/** Row-major names.length x names.length. */
	matrix: Float64Array;
	/** Numeric columns left out because there were more than maxHeatmapColumns. */
	omitted: number;
}

/** Numeric columns worth correlating: every numeric column except identifiers. */
export function correlatedColumns(table: Table): NumericColumn[] {
	return table.columns.filter((c): c is NumericColumn => c.type === 'numeric' && c.role !== 'id');
}

export function correlationOf(table: Table, method: CorrelationMethod, order: 'table' | 'clustered'): Correlation {
	const all = correlatedColumns(table);
	const columns = all.slice(0, maxHeatmapColumns);
	const d = columns.length;
	const raw = correlationMatrix(
		columns.map((c) => c.values),
		method
	);
	const names = columns.map((c) => c.name);
	if (order === 'table' || d < 3) return { method, names, matrix: raw, omitted: all.length - d };
	const perm = orderByClustering(raw, d);
	const matrix = new Float64Array(d * d);
	for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) matrix[a * d + b] = raw[perm[a] * d + perm[b]];
	return { method, names: perm.map((i) => names[i]), matrix, omitted: all.length - d };
}
