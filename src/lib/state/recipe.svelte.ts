// The preparation recipe of the open dataset, kept in IndexedDB per dataset. Results computed from
// another recipe are stale: compare a run's `recipeKey` with `recipeState.key`.
import type { Recipe } from '../engine/prep/recipe';
import { loadSetting, saveSetting } from '../store/settings';
import { app } from './app.svelte';
import { KeyedLoader, loadKey } from './loader.svelte';
import { tasks } from './tasks.svelte';

/** A stable text form of a recipe: equal keys mean the same preparation. */
export function recipeKey(recipe: Recipe | null): string {
	return recipe ? JSON.stringify(recipe) : '';
}

class RecipeState {
	/** The recipe for the open dataset (the engine's default until the analyst changes it). */
	recipe = $state.raw<Recipe | null>(null);
	key = $derived(recipeKey(this.recipe));
	/** The stored (or default) recipe, per dataset + revision. */
	private loader = new KeyedLoader<Recipe>();

	/** Loads the stored recipe for the open dataset, or asks the worker for the default one. */
	async load(): Promise<void> {
		const meta = app.meta;
		if (!meta) return;
		const wanted = loadKey(meta.id, app.revision);
		const answered = await this.loader.load(wanted, async () => (await loadSetting<Recipe>(`recipe:${meta.id}`)) ?? (await tasks.quiet((api) => api.defaultRecipe(meta.id))), {
			keep: true
		});
		if (!answered) return;
		if (this.loader.error) throw new Error(this.loader.error);
		this.recipe = this.loader.value;
	}

	async set(recipe: Recipe): Promise<void> {
		const meta = app.meta;
		if (!meta) return;
		this.recipe = recipe;
		await saveSetting(`recipe:${meta.id}`, $state.snapshot(recipe));
	}
}

export const recipeState = new RecipeState();
