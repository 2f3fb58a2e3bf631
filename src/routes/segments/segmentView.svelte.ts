// What the Segments page asks the worker for about the open run: the PCA projection of its
// prepared rows (with centroids), and per-segment box plots apart from it, so the scatter draws
// as soon as it is ready. Each loaded once per run (a failed load, e.g. a cancelled task, is tried
// again on the next visit).
import { KeyedLoader, loadKey } from '$lib/state/loader.svelte';
import { tasks } from '$lib/state/tasks.svelte';
import type { SegmentView } from '$lib/worker/api/cluster';
import type { FeatureBoxes } from '$lib/engine/views/segmentBoxes';

class SegmentViewState {
	private loader = new KeyedLoader<SegmentView>();
	private boxLoader = new KeyedLoader<FeatureBoxes[]>();

	get view(): SegmentView | null {
		return this.loader.value;
	}
	get boxes(): FeatureBoxes[] | null {
		return this.boxLoader.value;
	}
	get error(): string | null {
		const error = this.loader.error ?? this.boxLoader.error;
		return error && `The projection and box plots could not be computed: ${error}`;
	}
	get loading(): boolean {
		return this.loader.loading;
	}
	get boxesLoading(): boolean {
		return this.boxLoader.loading;
	}

	async load(datasetId: string, runId: string): Promise<void> {
		const key = loadKey(datasetId, runId);
		// The projection is a task (not `quiet`): on very wide data it is the page's heaviest call, so it shows
		// in the task bar with a Cancel button (which stops the box plots too) rather than running unseen.
		await Promise.all([
			this.loader.load(key, () => tasks.run('Projecting segments', (api) => api.segmentView(datasetId, runId))),
			this.boxLoader.load(key, () => tasks.quiet((api) => api.segmentBoxPlots(datasetId, runId)))
		]);
	}
}

export const segmentView = new SegmentViewState();
