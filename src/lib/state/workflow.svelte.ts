// What each workflow step still needs, derived from the app state (shown in the step nav).
import type { StepId } from '../steps';
import { app } from './app.svelte';

class Workflow {
	missing = $derived.by(() => {
		const m: Partial<Record<StepId, string>> = {};
		if (!app.meta) {
			const need = 'Open or import a dataset first (Library).';
			for (const id of ['data', 'explore', 'prepare', 'choose-k', 'segments', 'classify', 'export'] as StepId[]) m[id] = need;
		}
		return m;
	});
	done = $derived.by(() => {
		const d: Partial<Record<StepId, boolean>> = {};
		if (app.meta) d.data = true;
		return d;
	});
}

export const workflow = new Workflow();
