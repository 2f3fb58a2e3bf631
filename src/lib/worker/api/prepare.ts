// Worker-side preparation: the default recipe, suggestions and the Prepare step's preview, on the
// worker's one prepared-matrix cache (worker/prepared.ts); the views are the engine's.
import { defaultRecipe, prepare as prepareTable, suggestSteps } from '../../engine/prep';
import type { Prepared, Recipe, Suggestion } from '../../engine/prep/recipe';
import type { Table } from '../../engine/table';
import { preparePreview, type PreparePreview } from '../../engine/views';
import { datasetTable } from '../cache';
import { preparedOrError } from '../prepared';

export { featureView, type FeatureView, type PreparePreview } from '../../engine/views';

/** The preview of `recipe` on `table`, prepared afresh (no cache): for tests and the CLI. */
export function preview(table: Table, recipe: Recipe, column: string | null): PreparePreview {
	let prepared: Prepared | Error;
	try {
		prepared = prepareTable(table, recipe);
	} catch (error) {
		prepared = error instanceof Error ? error : new Error(String(error));
	}
	return preparePreview(table, prepared, column);
}

export const prepare = {
	async defaultRecipe(id: string): Promise<Recipe> {
		const { table } = await datasetTable(id);
		return defaultRecipe(table);
	},

	/** Steps worth adding to the recipe's columns (log1p for skewed ones, outliers, missing values, constants). */
	async suggestSteps(id: string, recipe: Recipe): Promise<Suggestion[]> {
		const { table } = await datasetTable(id);
		return suggestSteps(table, recipe);
	},

	/**
	 * Prepares the table with `recipe` and summarises the matrix (rows kept and dropped, notices,
	 * features), with one column's raw and prepared distributions when `column` is given.
	 * A recipe that cannot be prepared comes back as `ok: false` with the reason.
	 */
	async preparePreview(id: string, recipe: Recipe, column: string | null): Promise<PreparePreview> {
		const { table, prepared } = await preparedOrError(id, recipe);
		return preparePreview(table, prepared, column);
	}
};
