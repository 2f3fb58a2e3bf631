// The Prepare step's worker-computed parts for the open dataset and its recipe: suggestions, the
// prepared matrix's summary with one column before and after, and whether the open run is stale.
import type { Recipe, Suggestion } from '../engine/prep/recipe';
import { getRun } from '../store/runs';
import type { PreparePreview } from '../worker/api/prepare';
import { app } from './app.svelte';
import { KeyedLoader, loadKey } from './loader.svelte';
import { recipeState } from './recipe.svelte';
import { isStaleFor, runs } from './runs.svelte';
import { TaskCancelled, tasks } from './tasks.svelte';

function message(error: unknown): string {
	if (error instanceof TaskCancelled) return 'Cancelled.';
	return error instanceof Error ? error.message : String(error);
}

class PrepareState {
	suggestions = $state.raw<Suggestion[]>([]);
	preview = $state.raw<PreparePreview | null>(null);
	/** Column shown before and after preparation. */
	column = $state<string | null>(null);
	/** True while the worker prepares the current recipe. */
	busy = $state(false);
	error = $state<string | null>(null);
	/** Recipe key of the open run (app.session.runId); null when there is no run or it has none. */
	runRecipeKey = $state<string | null>(null);
	/** The open run was computed with another recipe than the current one. */
	stale = $derived(this.runRecipeKey !== null && isStaleFor(this.runRecipeKey, recipeState.key));

	/** Suggestions and preview per dataset + revision + recipe + column; answers to older requests are ignored. */
	private loader = new KeyedLoader<{ suggestions: Suggestion[]; preview: PreparePreview }>();

	/** Suggestions and the preview for the current recipe (and column). */
	async refresh(): Promise<void> {
		const meta = app.meta;
		const recipe = recipeState.recipe;
		if (!meta || !recipe) return;
		const column = this.column;
		const key = loadKey(meta.id, app.revision, recipeState.key, column);
		if (key === this.loader.key) return;
		this.busy = true;
		this.error = null;
		const answered = await this.loader.load(
			key,
			async () => {
				try {
					const [suggestions, preview] = await Promise.all([
						tasks.quiet((api) => api.suggestSteps(meta.id, recipe)),
						tasks.quiet<PreparePreview>((api) => api.preparePreview(meta.id, recipe, column))
					]);
					return { suggestions, preview };
				} catch (error) {
					throw new Error(message(error));
				}
			},
			{ keep: true }
		);
		if (!answered) return;
		this.busy = false;
		if (this.loader.error || !this.loader.value) {
			this.error = this.loader.error;
			return;
		}
		this.suggestions = this.loader.value.suggestions;
		this.preview = this.loader.value.preview;
	}

	/** Saves an edited recipe (persisted per dataset); the effects on the page then refresh. */
	async save(recipe: Recipe): Promise<void> {
		try {
			await recipeState.set(recipe);
		} catch (error) {
			this.error = `The recipe could not be saved: ${message(error)}`;
		}
	}

	/** Goes back to the engine's default recipe for this dataset. */
	async reset(): Promise<void> {
		const meta = app.meta;
		if (!meta) return;
		try {
			await this.save(await tasks.quiet((api) => api.defaultRecipe(meta.id)));
		} catch (error) {
			this.error = message(error);
		}
	}

	/** Reads the recipe key of the run the session points at. */
	async checkRun(runId: string | undefined): Promise<void> {
		if (!runId) {
			this.runRecipeKey = null;
			return;
		}
		// The runs state usually has it already; reading the store would bring the run's labels onto this thread.
		const known = runs.current?.id === runId ? runs.current : runs.list.find((r) => r.id === runId);
		const run = known ?? (await getRun(runId).catch(() => undefined));
		if (app.session.runId !== runId) return;
		this.runRecipeKey = typeof run?.recipeKey === 'string' ? run.recipeKey : null;
	}
}

export const prepareState = new PrepareState();
