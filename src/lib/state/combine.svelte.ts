// The Data page's "Combine with another dataset": which stored dataset to join onto the open one,
// on which keys and how, the worker's match counts for that choice, and saving it as a new version.
import type { ColumnMeta, DatasetMeta } from '../store/types';
import type { JoinPreview, JoinRequest } from '../worker/api/join';
import { app } from './app.svelte';
import { TaskCancelled, tasks } from './tasks.svelte';

/** The key both tables most likely share: an identifier column with the same name, else any same name. */
export function guessKey(left: ColumnMeta[], right: ColumnMeta[]): { on: string; rightOn: string } | null {
	const rightNames = new Map(right.map((c) => [c.name.toLowerCase(), c]));
	const same = left.filter((c) => rightNames.has(c.name.toLowerCase()));
	const isKey = (c: ColumnMeta) => c.role === 'id' || c.meaning === 'identifier' || c.type === 'identifier';
	const pick = same.find(isKey) ?? same[0];
	if (!pick) return null;
	return { on: pick.name, rightOn: (rightNames.get(pick.name.toLowerCase()) as ColumnMeta).name };
}

class CombineState {
	rightId = $state('');
	on = $state('');
	rightOn = $state('');
	how = $state<'left' | 'inner'>('left');
	preview = $state.raw<JoinPreview | null>(null);
	/** The request the preview answers; a changed choice hides the stale counts. */
	previewKey = $state('');
	error = $state<string | null>(null);
	busy = $state(false);

	get right(): DatasetMeta | undefined {
		return app.datasets.find((d) => d.id === this.rightId);
	}

	get request(): JoinRequest | null {
		if (!this.rightId || !this.on || !this.rightOn) return null;
		return { on: this.on, rightId: this.rightId, rightOn: this.rightOn, how: this.how };
	}

	get requestKey(): string {
		return JSON.stringify([app.meta?.id, this.request]);
	}

	/** Picks the dataset to add and guesses the keys from the column names. */
	choose(rightId: string): void {
		this.rightId = rightId;
		this.error = null;
		const guess = app.meta && this.right ? guessKey(app.meta.columns, this.right.columns) : null;
		this.on = guess?.on ?? '';
		this.rightOn = guess?.rightOn ?? '';
	}

	async check(): Promise<void> {
		const request = this.request;
		const leftId = app.meta?.id;
		if (!request || !leftId) return;
		const key = this.requestKey;
		this.busy = true;
		this.error = null;
		try {
			const preview = await tasks.run('Matching keys', (api) => api.joinPreview(leftId, request));
			if (key !== this.requestKey) return;
			this.preview = preview;
			this.previewKey = key;
		} catch (error) {
			if (key !== this.requestKey) return;
			this.preview = null;
			this.error = error instanceof TaskCancelled ? 'Matching keys was cancelled.' : errorText(error);
		} finally {
			this.busy = false;
		}
	}

	/** Saves the joined table as a new dataset and opens it. */
	async create(): Promise<void> {
		const request = this.request;
		const leftId = app.meta?.id;
		if (!request || !leftId) return;
		this.busy = true;
		this.error = null;
		try {
			const { meta, report } = await tasks.run('Creating the joined dataset', (api) => api.createJoinedDataset(leftId, request));
			await app.refresh();
			await app.open(meta.id);
			app.notice =
				`Created “${meta.name}”: ${report.added.length} columns added, ${report.matchedRows.toLocaleString('en-US')} of ` +
				`${report.leftRows.toLocaleString('en-US')} rows matched. Both original datasets are kept.`;
			this.reset();
		} catch (error) {
			this.error = error instanceof TaskCancelled ? 'Creating the joined dataset was cancelled.' : errorText(error);
		} finally {
			this.busy = false;
		}
	}

	reset(): void {
		this.rightId = '';
		this.on = '';
		this.rightOn = '';
		this.preview = null;
		this.previewKey = '';
		this.error = null;
	}
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export const combine = new CombineState();
