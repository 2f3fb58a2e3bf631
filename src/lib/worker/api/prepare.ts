// Worker-side preparation: the default recipe, suggestions and before/after views for the Prepare step.
import { defaultRecipe } from '../../engine/prep';
import type { Recipe } from '../../engine/prep/recipe';
import { datasetTable } from '../cache';

export const prepare = {
	async defaultRecipe(id: string): Promise<Recipe> {
		const { table } = await datasetTable(id);
		return defaultRecipe(table);
	}
};
