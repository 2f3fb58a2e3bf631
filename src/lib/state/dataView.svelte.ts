// The Data step's worker-computed parts: per-column summary and duplicate count for the open dataset.
import type { ColumnSummary } from '../engine/stats/summarizeColumn';
import type { ColumnMeaning, ColumnRole, ColumnType } from '../engine/table';
import type { ColumnMeta } from '../store/types';
import type { EngineApi } from '../worker/engine.worker';
import { app } from './app.svelte';
import { KeyedLoader, loadKey } from './loader.svelte';
import { tasks } from './tasks.svelte';

/** The worker's summary of a column with the stored type, role, meaning and format laid over it. */
export type ColumnSummaryRow = ColumnSummary & ColumnMeta & { meaning: ColumnMeaning };

/** A change the analyst makes to one column in the Data step. */
export type ColumnChange = { type?: ColumnType; role?: ColumnRole; meaning?: ColumnMeaning };

class DataView {
	rows = $state.raw<ColumnSummaryRow[]>([]);
	duplicates = $state<number | null>(null);
	/** The worker's summary, per dataset + revision. */
	private summary = new KeyedLoader<Awaited<ReturnType<EngineApi['summarize']>>>();
	busy = $state(false);
	error = $state<string | null>(null);

	async load(): Promise<void> {
		const meta = app.meta;
		if (!meta) return;
		this.error = null;
		const answered = await this.summary.load(loadKey(meta.id, app.revision), () => tasks.run('Summarising columns', (api) => api.summarize(meta.id)), { keep: true });
		if (!answered) return;
		const summary = this.summary.value;
		if (this.summary.error || !summary) {
			this.error = this.summary.error;
			return;
		}
		this.rows = summary.columns.map((s, i) => ({ ...s, ...meta.columns[i], meaning: meta.columns[i].meaning ?? summary.meanings[i] }));
		this.duplicates = summary.duplicates;
	}

	async setColumn(index: number, change: ColumnChange): Promise<void> {
		const meta = app.meta;
		if (!meta) return;
		this.busy = true;
		try {
			const name = meta.columns[index].name;
			const { unparsed } = await tasks.run(`Changing column “${name}”`, (api) => api.setColumn(meta.id, index, change));
			await app.reload();
			const role = app.meta?.columns[index]?.role;
			app.notice = change.type
				? `Column “${name}” is now ${change.type}${unparsed ? `; ${unparsed} values did not convert and are now missing` : ''}.`
				: change.meaning
					? `Column “${name}” now means ${change.meaning}; its role is ${role}.`
					: `Column “${name}” now has the role ${change.role}.`;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.busy = false;
		}
	}

	async removeDuplicates(): Promise<void> {
		const meta = app.meta;
		if (!meta) return;
		this.busy = true;
		try {
			const result = await tasks.run('Removing duplicate rows', (api) => api.removeDuplicates(meta.id));
			await app.refresh();
			await app.open(result.meta.id);
			app.notice = `Removed ${result.removed.toLocaleString('en-US')} duplicate rows: “${result.meta.name}” is a new version; the original is kept.`;
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.busy = false;
		}
	}
}

export const dataView = new DataView();
