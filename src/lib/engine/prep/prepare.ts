import type { Table } from '../table';
import type { Prepared, Recipe } from './recipe';

/** Fit the recipe to the table and transform it. */
export function prepare(table: Table, recipe: Recipe): Prepared {
	void table;
	void recipe;
	throw new Error('prepare: not implemented yet');
}
