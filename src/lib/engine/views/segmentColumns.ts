// Numeric columns at a run's rows (run order, NaN = missing or not numeric), for the Segments
// scatter's "two features" axes.
import type { Table } from '../table';

export function segmentColumns(table: Table, rowIndex: ArrayLike<number>, names: string[]): Float64Array[] {
	return names.map((name) => {
		const column = table.columns.find((c) => c.name === name);
		const out = new Float64Array(rowIndex.length).fill(Number.NaN);
		if (column?.type === 'numeric') for (let i = 0; i < out.length; i++) out[i] = column.values[rowIndex[i]];
		return out;
	});
}
