// Worker-side explore operations: every number the Explore step draws is computed here (by the
// engine's views), from the dataset the worker holds. Big arrays go back as transferred copies
// (never the cached buffers).
import { transfer } from 'comlink';
import type { CorrelationMethod } from '../../engine/stats';
import { findColumn } from '../../engine/table';
import { columnView, correlationOf, pairColumns, pairedValues, type ColumnView, type Correlation } from '../../engine/views';
import { datasetTable } from '../cache';

// Where the pages and tests have always found them.
export { columnView, correlatedColumns, correlationOf, discreteLimit, maxHeatmapColumns, numericView, pairedValues, topCategories } from '../../engine/views';
export type { CategoricalView, ColumnView, Correlation, NumericView } from '../../engine/views';

export const explore = {
	/** Histogram, density, box and summary of a numeric column, or the counts of a categorical one. */
	async exploreColumn(id: string, column: string): Promise<ColumnView> {
		const { table } = await datasetTable(id);
		return columnView(findColumn(table, column));
	},

	/** The correlation matrix of the numeric columns, in table order or ordered by clustering. */
	async correlation(id: string, method: CorrelationMethod, order: 'table' | 'clustered'): Promise<Correlation> {
		const { table } = await datasetTable(id);
		const result = correlationOf(table, method, order);
		return transfer(result, [result.matrix.buffer]);
	},

	/** Two numeric columns over the rows where both are present, for a scatter plot. */
	async scatterColumns(id: string, x: string, y: string) {
		const { table } = await datasetTable(id);
		const result = pairedValues(table, x, y);
		return transfer(result, [result.x.buffer, result.y.buffer]);
	},

	/** Up to 6 numeric columns (copies, NaN = missing) with their histogram bins, for a pair plot. */
	async pairColumns(id: string, names: string[]) {
		const { table } = await datasetTable(id);
		const columns = pairColumns(table, names);
		return transfer({ columns }, columns.map((c) => c.values.buffer as ArrayBuffer));
	}
};
