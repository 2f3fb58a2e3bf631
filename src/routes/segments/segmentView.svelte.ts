// What the Segments page asks the worker for about the open run: the PCA projection of its
// prepared rows (with centroids) and per-segment box plots. Loaded once per run (a failed load,
// e.g. a cancelled task, is tried again on the next visit).
import { KeyedLoader, loadKey } from '$lib/state/loader.svelte';
import { tasks } from '$lib/state/tasks.svelte';
import type { SegmentView } from '$lib/worker/api/cluster';

class SegmentViewState {
	private loader = new KeyedLoader<SegmentView>();

	get view(): SegmentView | null {
		return this.loader.value;
	}
	get error(): string | null {
		return this.loader.error && `The projection and box plots could not be computed: ${this.loader.error}`;
	}
	get loading(): boolean {
		return this.loader.loading;
	}

	async load(datasetId: string, runId: string): Promise<void> {
		// A task (not `quiet`): on very wide data this is the page's heaviest call, so it shows in the
		// task bar with a Cancel button rather than running unseen.
		await this.loader.load(loadKey(datasetId, runId), () => tasks.run('Projecting segments and drawing box plots', (api) => api.segmentView(datasetId, runId)));
	}
}

export const segmentView = new SegmentViewState();
