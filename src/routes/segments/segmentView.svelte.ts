// What the Segments page asks the worker for about the open run: the PCA projection of its
// prepared rows (with centroids) and per-segment box plots. Loaded once per run.
import { tasks } from '$lib/state/tasks.svelte';
import type { SegmentView } from '$lib/worker/api/cluster';

class SegmentViewState {
	view = $state.raw<SegmentView | null>(null);
	error = $state<string | null>(null);
	loading = $state(false);
	private loadedFor = '';

	async load(datasetId: string, runId: string): Promise<void> {
		if (this.loadedFor === runId) return;
		this.loadedFor = runId;
		this.view = null;
		this.error = null;
		this.loading = true;
		try {
			// A task (not `quiet`): on very wide data this is the page's heaviest call, so it shows in the
			// task bar with a Cancel button rather than running unseen.
			const view = await tasks.run('Projecting segments and drawing box plots', (api) => api.segmentView(datasetId, runId));
			if (this.loadedFor === runId) this.view = view;
		} catch (error) {
			if (this.loadedFor !== runId) return;
			this.error = `The projection and box plots could not be computed: ${error instanceof Error ? error.message : error}`;
			// Let a later visit try again (e.g. after a cancelled task restarted the worker).
			this.loadedFor = '';
		} finally {
			if (this.loadedFor === runId || this.loadedFor === '') this.loading = false;
		}
	}
}

export const segmentView = new SegmentViewState();
