import type { Table } from '../table';
import type { Recipe, Suggestion } from './recipe';

/** Steps worth considering for the recipe's columns. */
export function suggestSteps(table: Table, recipe: Recipe): Suggestion[] {
	void table;
	void recipe;
	return [];
}
