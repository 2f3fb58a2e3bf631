// The saved runs of the open dataset and the one being looked at (app.session.runId), kept in step
// with the open dataset by an effect, so a reload lands on the same run without any page asking.
import { deleteRun, getRun, listRuns, saveRun, updateRun, type RunPatch, type RunRecord } from '../store/runs';
import { app } from './app.svelte';
import { KeyedLoader, loadKey } from './loader.svelte';
import { recipeState } from './recipe.svelte';
import { tasks } from './tasks.svelte';

class RunsState {
	/** Runs of the open dataset, newest first (replaced, never mutated). */
	list = $state.raw<RunRecord[]>([]);
	/** The run in app.session.runId, or null. */
	current = $state.raw<RunRecord | null>(null);
	/** True once list and current have been read for the open dataset. */
	loaded = $state(false);
	error = $state<string | null>(null);
	/** The stored runs, per dataset + session run + revision. */
	private loader = new KeyedLoader<RunRecord[]>();

	/** Reads the open dataset's runs and the session's run (again only when either changed). */
	async sync(): Promise<void> {
		const datasetId = app.meta?.id;
		const runId = app.session.runId;
		const answered = await this.loader.load(loadKey(datasetId, runId, app.revision), () => (datasetId ? listRuns(datasetId) : Promise.resolve([])), { keep: true });
		if (!answered) return;
		if (this.loader.error) {
			this.error = `Saved runs could not be read: ${this.loader.error}`;
		} else {
			const list = this.loader.value ?? [];
			this.list = list;
			this.current = (runId && list.find((r) => r.id === runId)) || null;
			this.error = null;
		}
		this.loaded = true;
	}

	/** Stores a new run and makes it the current one. */
	async add(record: RunRecord): Promise<void> {
		await saveRun(record);
		await this.adopt(record);
	}

	/** Makes a run the worker made and stored the current one. */
	async adopt(record: RunRecord): Promise<void> {
		this.list = [record, ...this.list.filter((r) => r.id !== record.id)];
		this.current = record;
		await this.setSessionRun(record.id);
	}

	/** Makes a stored run the current one (and the one a reload returns to). */
	async open(id: string): Promise<void> {
		const record = this.list.find((r) => r.id === id) ?? (await getRun(id));
		if (!record) throw new Error(`run "${id}" no longer exists`);
		this.current = record;
		await this.setSessionRun(id);
	}

	async remove(id: string): Promise<void> {
		await deleteRun(id);
		void tasks.quiet((api) => api.forgetRun(id)).catch(() => {});
		this.list = this.list.filter((r) => r.id !== id);
		if (this.current?.id === id) {
			this.current = null;
			await this.setSessionRun(undefined);
		}
	}

	/** Renames the current run's segments (one name per label). */
	async setNames(names: string[]): Promise<void> {
		await this.patchCurrent({ names: [...names] });
	}

	/** Sets the current run's per-segment notes. */
	async setNotes(notes: string[]): Promise<void> {
		await this.patchCurrent({ notes: [...notes] });
	}

	/** Names the current run as a whole ('' removes the name). */
	async setLabel(label: string): Promise<void> {
		await this.patchCurrent({ label: label.trim() || undefined });
	}

	/** True when the run was prepared with another recipe than the current one. */
	isStale(run: Pick<RunRecord, 'recipeKey'> | null = this.current): boolean {
		return Boolean(run && recipeState.recipe && isStaleFor(run.recipeKey, recipeState.key));
	}

	private async patchCurrent(patch: RunPatch): Promise<void> {
		const run = this.current;
		if (!run) throw new Error('no run is open');
		const next = await updateRun(run.id, patch);
		if (this.current?.id === run.id) this.current = next;
		this.list = this.list.map((r) => (r.id === next.id ? next : r));
	}

	private async setSessionRun(runId: string | undefined): Promise<void> {
		// Mark the pair as loaded first so the effect below does not read the list again.
		this.loader.set(loadKey(app.meta?.id, runId, app.revision), this.list);
		await app.setRun(runId);
	}
}

/** The one answer to "is this run stale?": it was prepared with another recipe than `currentKey`. */
export function isStaleFor(runRecipeKey: string, currentKey: string): boolean {
	return runRecipeKey !== currentKey;
}

export const runs = new RunsState();

// Follows the open dataset and session: runs (and the recipe they are compared with) load on
// startup and whenever another dataset or run is opened, whichever page is showing.
$effect.root(() => {
	$effect(() => {
		if (!app.ready) return;
		void app.meta?.id;
		void app.session.runId;
		void app.revision;
		void runs.sync();
		if (app.meta) void recipeState.load().catch(() => {});
	});
});
