// The Over time page's state: which saved run is tracked, the worker's view of its snapshots
// (sizes, the migration between two of them, new and left customers) and what is being added.
// Every change (a file, a typed row, another pair) goes to the worker and comes back as a new view.
import type { InputValues } from '../engine/model/predict';
import type { MovementList } from '../engine/over-time/movementCsv';
import type { OverTimeView, Pair } from '../worker/api/overTime';
import { app } from './app.svelte';
import { KeyedLoader, loadKey } from './loader.svelte';
import { TaskCancelled, tasks } from './tasks.svelte';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

class OverTimeState {
	/** The run tracked (defaults to the open run), or ''. */
	runId = $state('');
	/** The worker's view for dataset + run + revision: loaded by sync, replaced by every change. */
	private views = new KeyedLoader<OverTimeView | null>();
	/** The snapshots compared, as indexes into view.snapshots; empty = the last two. */
	pair = $state.raw<Pair>({});
	busy = $state(false);
	error = $state<string | null>(null);
	/** The latest change, said once ("feb.csv: 118 customers scored"). */
	status = $state<string | null>(null);

	get view(): OverTimeView | null {
		return this.views.value;
	}

	/** Reads the tracking of `runId` in the open dataset (again only when either changed). */
	async sync(runId: string): Promise<void> {
		const datasetId = app.meta?.id;
		const key = loadKey(datasetId, runId, app.revision);
		if (key === this.views.key) return;
		this.runId = runId;
		this.pair = {};
		this.status = null;
		this.error = null;
		if (!datasetId || !runId) {
			this.views.set(key, null);
			return;
		}
		this.busy = true;
		try {
			if (!(await this.views.load(key, () => tasks.quiet((api) => api.overTimeView(datasetId, runId, {}))))) return;
			this.error = this.views.error;
			const view = this.views.value;
			if (view?.migration) this.pair = { from: view.migration.from, to: view.migration.to };
		} finally {
			// A newer sync still in flight keeps the page busy.
			if (!this.views.loading) this.busy = false;
		}
	}

	setIdColumn(column: string): Promise<void> {
		return this.change(null, (api, datasetId) => api.overTimeSetIdColumn(datasetId, this.runId, column));
	}

	addFile(file: File): Promise<void> {
		return this.change(`Scoring ${file.name}`, (api, datasetId, onProgress) => api.overTimeAddFile(datasetId, this.runId, file, file.name, onProgress), (view) => {
			const added = view.snapshots.at(-1)!;
			return `“${file.name}”: ${added.labelled.toLocaleString('en-US')} of ${added.rowCount.toLocaleString('en-US')} rows scored and matched.`;
		});
	}

	addRow(id: string, values: InputValues): Promise<void> {
		return this.change(null, (api, datasetId) => api.overTimeAddRow(datasetId, this.runId, id, values, {}), (view) => `Customer “${id}” scored and added to “${view.snapshots.at(-1)!.name}”.`);
	}

	remove(index: number): Promise<void> {
		return this.change(null, (api, datasetId) => api.overTimeRemove(datasetId, this.runId, index));
	}

	async compare(pair: Pair): Promise<void> {
		this.pair = pair;
		await this.change(null, (api, datasetId) => api.overTimeView(datasetId, this.runId, pair));
	}

	/** The CSV of new, left or all customers of the pair now compared. */
	async listCsv(which: MovementList): Promise<Blob | null> {
		const datasetId = app.meta?.id;
		const m = this.view?.migration;
		if (!datasetId || !m) return null;
		return tasks.quiet((api) => api.overTimeListCsv(datasetId, this.runId, m.from, m.to, which));
	}

	private async change(
		label: string | null,
		work: (api: Parameters<Parameters<typeof tasks.run>[1]>[0], datasetId: string, onProgress: Parameters<Parameters<typeof tasks.run>[1]>[1]) => Promise<OverTimeView>,
		said?: (view: OverTimeView) => string
	): Promise<void> {
		const datasetId = app.meta?.id;
		if (!datasetId || !this.runId) return;
		const key = this.views.key;
		this.status = null;
		this.busy = true;
		this.error = null;
		const current = () => this.views.isCurrent(key);
		try {
			const run = (api: Parameters<Parameters<typeof tasks.run>[1]>[0], onProgress: Parameters<Parameters<typeof tasks.run>[1]>[1]) => work(api, datasetId, onProgress);
			const view = label ? await tasks.run(label, run) : await tasks.quiet((api) => run(api, () => {}));
			if (!current()) return;
			this.views.set(key, view);
			if (view.migration) this.pair = { from: view.migration.from, to: view.migration.to };
			if (said) this.status = said(view);
		} catch (error) {
			if (!current()) return;
			this.error = error instanceof TaskCancelled ? 'Cancelled.' : message(error);
		} finally {
			this.busy = false;
		}
	}
}

export const overTime = new OverTimeState();
