import type { Recipe } from './recipe';

/** The recipe in plain-English sentences. */
export function describeRecipe(recipe: Recipe): string[] {
	void recipe;
	return [];
}
