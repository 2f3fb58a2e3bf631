// The one prepared-matrix cache: keyed by dataset id + revision + recipe, so the Prepare preview, the
// sweep, the curves, a run and the Segments views of one recipe prepare the table once. Only the
// latest matrix is kept (a million rows x 40 features is 320 MB). A recipe that cannot be prepared
// is cached as its error, so looking at another column does not fail slowly again. The matrix is
// prepared lazily: the sweep samples it, the shard pool makes its shards from it chunk by chunk (so at
// a million rows the pool holds the only full copy), and prepared.X is built only for readers that
// need every row in this thread (DBSCAN, Ward, mixtures, training a classifier, small data).
import { prepareLazily } from '../engine/prep/prepare';
import type { Prepared, Recipe } from '../engine/prep/recipe';
import type { Table } from '../engine/table';
import { datasetTable } from './cache';

let cached: { datasetId: string; key: string; table: Table; prepared: Prepared | Error } | null = null;

/** The cache key of a recipe on a dataset's revision. */
export function preparedKey(datasetId: string, revision: number, recipe: Recipe): string {
	return `${datasetId}#${revision}#${JSON.stringify(recipe)}`;
}

/** The prepared matrix, or the error preparing it threw (as a value, for previews). */
export async function preparedOrError(datasetId: string, recipe: Recipe): Promise<{ table: Table; prepared: Prepared | Error }> {
	const { table, revision } = await datasetTable(datasetId);
	const key = preparedKey(datasetId, revision, recipe);
	// The table's identity too: a reloaded table is a new object even where the revision is unknown.
	if (cached?.key !== key || cached.table !== table) {
		let prepared: Prepared | Error;
		try {
			prepared = prepareLazily(table, recipe);
		} catch (error) {
			prepared = error instanceof Error ? error : new Error(String(error));
		}
		cached = { datasetId, key, table, prepared };
	}
	return { table, prepared: cached.prepared };
}

/** The prepared matrix; throws the reason when the recipe cannot be prepared. */
export async function preparedFor(datasetId: string, recipe: Recipe): Promise<{ table: Table; prepared: Prepared }> {
	const { table, prepared } = await preparedOrError(datasetId, recipe);
	if (prepared instanceof Error) throw prepared;
	return { table, prepared };
}

/** Drops the cached matrix of a dataset (all datasets without an id). */
export function forgetPrepared(datasetId?: string): void {
	if (!datasetId || cached?.datasetId === datasetId) cached = null;
}
