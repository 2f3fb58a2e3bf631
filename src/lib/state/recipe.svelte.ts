// The preparation recipe of the open dataset, kept in IndexedDB per dataset. Results computed from
// another recipe are stale: compare a run's `recipeKey` with `recipeState.key`.
import type { Recipe } from '../engine/prep/recipe';
import { loadSetting, saveSetting } from '../store/settings';
import { app } from './app.svelte';
import { tasks } from './tasks.svelte';

/** A stable text form of a recipe: equal keys mean the same preparation. */
export function recipeKey(recipe: Recipe | null): string {
	return recipe ? JSON.stringify(recipe) : '';
}

class RecipeState {
	/** The recipe for the open dataset (the engine's default until the analyst changes it). */
	recipe = $state.raw<Recipe | null>(null);
	key = $derived(recipeKey(this.recipe));
	/** Dataset id + revision the recipe was loaded for. */
	private loadedFor = '';

	/** Loads the stored recipe for the open dataset, or asks the worker for the default one. */
	async load(): Promise<void> {
		const meta = app.meta;
		if (!meta) return;
		const wanted = `${meta.id}#${app.revision}`;
		if (wanted === this.loadedFor) return;
		this.loadedFor = wanted;
		const stored = await loadSetting<Recipe>(`recipe:${meta.id}`);
		this.recipe = stored ?? (await tasks.quiet((api) => api.defaultRecipe(meta.id)));
	}

	async set(recipe: Recipe): Promise<void> {
		const meta = app.meta;
		if (!meta) return;
		this.recipe = recipe;
		await saveSetting(`recipe:${meta.id}`, $state.snapshot(recipe));
	}
}

export const recipeState = new RecipeState();
