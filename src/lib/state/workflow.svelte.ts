// What each workflow step still needs, derived from the app state (shown in the step nav).
import type { StepId } from '../steps';
import { app } from './app.svelte';
import { recipeState } from './recipe.svelte';
import { runs } from './runs.svelte';

const allSteps: StepId[] = ['data', 'explore', 'prepare', 'choose-k', 'segments', 'classify', 'export'];

class Workflow {
	missing = $derived.by(() => {
		const m: Partial<Record<StepId, string>> = {};
		if (!app.meta) {
			for (const id of allSteps) m[id] = 'Open or import a dataset first (Library).';
			return m;
		}
		const recipe = recipeState.recipe;
		if (recipe && recipe.features.length === 0) {
			m['choose-k'] = 'No features to cluster: pick feature columns in Prepare first.';
		}
		if (!runs.loaded) return m;
		const current = runs.current;
		if (!current) {
			const need = runs.list.length ? 'No run is open: reopen one from the run history in Segments, or cluster in Choose k.' : 'No run yet: cluster the data in Choose k first.';
			for (const id of ['segments', 'export'] as StepId[]) m[id] = need;
			m.classify = 'No run yet: classify by a column now, or cluster in Choose k to classify segments.';
		} else if (runs.isStale(current)) {
			m.segments = 'Out of date: the preparation recipe changed after this run. Re-run it here or in Choose k.';
		}
		return m;
	});
	done = $derived.by(() => {
		const d: Partial<Record<StepId, boolean>> = {};
		if (app.meta) d.data = true;
		if (runs.current) {
			d['choose-k'] = true;
			if (!runs.isStale(runs.current)) d.segments = true;
		}
		return d;
	});
}

export const workflow = new Workflow();
