// The open dataset and the library of stored datasets, as reactive state for every page.
import type { Table } from '../engine/table';
import type { ImportWarning } from '../engine/io/import';
import {
	deleteAllDatasets,
	deleteDataset,
	getDataset,
	listDatasets,
	loadTable,
	renameDataset
} from '../store/datasets';
import { loadSession, requestPersistence, saveSession, storageEstimate, type Session } from '../store/settings';
import type { DatasetMeta } from '../store/types';
import { forgetWorkerDataset } from './workerCache';

class AppState {
	/** Every stored dataset, newest first. */
	datasets = $state.raw<DatasetMeta[]>([]);
	/** The open dataset's metadata and data (replaced, never mutated). */
	meta = $state.raw<DatasetMeta | null>(null);
	table = $state.raw<Table | null>(null);
	storage = $state({ usage: 0, quota: 0, persisted: false });
	/** The latest import problem, shown in a role="alert" element until the next import. */
	importError = $state<string | null>(null);
	/** Warnings of the latest import, shown with the dataset. */
	importWarnings = $state.raw<ImportWarning[]>([]);
	/** Short confirmations ("Removed 12 duplicate rows"). */
	notice = $state<string | null>(null);
	session = $state<Session>({});
	ready = $state(false);
	/** Bumped whenever the open dataset's stored data changes, so dependent views refetch. */
	revision = $state(0);

	async init(): Promise<void> {
		if (this.ready) return;
		try {
			this.session = await loadSession();
			await this.refresh();
			if (this.session.datasetId && this.datasets.some((d) => d.id === this.session.datasetId)) {
				await this.open(this.session.datasetId, { keepRun: true });
			}
			void requestPersistence().then(() => this.refreshStorage());
		} catch (error) {
			this.importError = `Stored datasets could not be read: ${error instanceof Error ? error.message : error}. Private windows may block storage.`;
		} finally {
			this.ready = true;
		}
	}

	async refresh(): Promise<void> {
		this.datasets = await listDatasets();
		await this.refreshStorage();
	}

	async refreshStorage(): Promise<void> {
		this.storage = await storageEstimate();
	}

	async open(id: string, options: { keepRun?: boolean } = {}): Promise<void> {
		const { meta, table } = await loadTable(id);
		this.meta = meta;
		this.table = table;
		this.importWarnings = meta.warnings;
		this.revision++;
		const runId = options.keepRun && this.session.datasetId === id ? this.session.runId : undefined;
		await this.setSession({ datasetId: id, runId });
	}

	/** Re-reads the open dataset after the worker changed it. */
	async reload(): Promise<void> {
		if (!this.meta) return;
		const fresh = await getDataset(this.meta.id);
		if (!fresh) return this.close();
		const { meta, table } = await loadTable(fresh.id);
		this.meta = meta;
		this.table = table;
		this.revision++;
		await this.refresh();
	}

	async setSession(session: Session): Promise<void> {
		this.session = session;
		await saveSession(session);
	}

	async setRun(runId: string | undefined): Promise<void> {
		await this.setSession({ ...this.session, runId });
	}

	async close(): Promise<void> {
		this.meta = null;
		this.table = null;
		this.importWarnings = [];
		await this.setSession({});
	}

	async rename(id: string, name: string): Promise<void> {
		const meta = await renameDataset(id, name);
		if (this.meta?.id === id) this.meta = meta;
		await this.refresh();
	}

	async remove(id: string): Promise<void> {
		await deleteDataset(id);
		forgetWorkerDataset(id);
		if (this.meta?.id === id) await this.close();
		await this.refresh();
	}

	async removeAll(): Promise<void> {
		await deleteAllDatasets();
		forgetWorkerDataset();
		await this.close();
		await this.refresh();
	}
}

export const app = new AppState();
