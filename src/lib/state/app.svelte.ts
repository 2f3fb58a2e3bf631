// The open dataset and the library of stored datasets, as reactive state for every page. Only
// metadata lives here: the worker owns the table, and each page asks it for what it draws.
import type { ImportWarning } from '../engine/io/import';
import {
	deleteAllDatasets,
	deleteDataset,
	getDataset,
	listDatasets,
	renameDataset,
	sweepUnfinished
} from '../store/datasets';
import { loadSession, requestPersistence, saveSession, storageEstimate, type Session } from '../store/settings';
import type { DatasetMeta } from '../store/types';
import { forgetWorkerDataset } from './workerCache';
import { listenToTabs, tellTabs, type TabMessage } from './tabSync';
import { lostDatasetCount, rememberDatasetCount } from './lostStore';

class AppState {
	/** Every stored dataset, newest first. */
	datasets = $state.raw<DatasetMeta[]>([]);
	/** The open dataset's metadata (replaced, never mutated). */
	meta = $state.raw<DatasetMeta | null>(null);
	storage = $state({ usage: 0, quota: 0, persisted: false });
	/** The latest import problem, shown in a role="alert" element until the next import. */
	importError = $state<string | null>(null);
	/** Warnings of the latest import, shown with the dataset. */
	importWarnings = $state.raw<ImportWarning[]>([]);
	/** Short confirmations ("Removed 12 duplicate rows"). */
	notice = $state<string | null>(null);
	/** What happened to stored data without the analyst asking (deleted in another tab, wiped by the browser), shown on every page. */
	closedNotice = $state<string | null>(null);
	session = $state<Session>({});
	ready = $state(false);
	/** Bumped whenever the open dataset's stored data changes, so dependent views refetch. */
	revision = $state(0);

	async init(): Promise<void> {
		if (this.ready) return;
		listenToTabs((message) => void this.fromOtherTab(message));
		try {
			this.session = await loadSession();
			this.datasets = await listDatasets();
			const lost = lostDatasetCount(this.datasets.length);
			if (lost) {
				this.closedNotice =
					`The browser deleted Segment Lab's stored data: ${lost} dataset${lost === 1 ? ' was' : 's were'} stored here and none is left. ` +
					`Browsers do this when the disk runs full or storage is cleared. Import the files again; free disk space first if it is nearly full.`;
			}
			await this.refresh();
			if (this.session.datasetId && this.datasets.some((d) => d.id === this.session.datasetId)) {
				await this.open(this.session.datasetId, { keepRun: true });
			}
			void this.askPersistence();
			// What a tab closed mid-import left; never a dataset still being written elsewhere.
			void sweepUnfinished().then((n) => (n ? this.refreshStorage() : undefined)).catch(() => {});
		} catch (error) {
			this.importError = `Stored datasets could not be read: ${error instanceof Error ? error.message : error}. Private windows may block storage.`;
		} finally {
			this.ready = true;
		}
	}

	async refresh(): Promise<void> {
		this.datasets = await listDatasets();
		rememberDatasetCount(this.datasets.length);
		await this.refreshStorage();
	}

	/**
	 * Asks again for persistent storage (browsers grant it as the site is used, bookmarked or
	 * installed): a best-effort origin is cleared wholesale when the disk runs low.
	 */
	async askPersistence(): Promise<void> {
		if (!this.storage.persisted) await requestPersistence().catch(() => false);
		await this.refreshStorage();
	}

	async refreshStorage(): Promise<void> {
		this.storage = await storageEstimate();
	}

	async open(id: string, options: { keepRun?: boolean } = {}): Promise<void> {
		const meta = await getDataset(id);
		if (!meta) throw new Error(`dataset ${id} is not in this browser's storage (it may have been deleted)`);
		this.meta = meta;
		this.closedNotice = null;
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
		this.meta = fresh;
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
		this.importWarnings = [];
		await this.setSession({});
	}

	async rename(id: string, name: string): Promise<void> {
		const meta = await renameDataset(id, name);
		if (this.meta?.id === id) this.meta = meta;
		await this.refresh();
		tellTabs({ type: 'changed' });
	}

	async remove(id: string): Promise<void> {
		await deleteDataset(id);
		tellTabs({ type: 'deleted', ids: [id] });
		forgetWorkerDataset(id);
		if (this.meta?.id === id) await this.close();
		await this.refresh();
	}

	async removeAll(): Promise<void> {
		await deleteAllDatasets();
		tellTabs({ type: 'deleted', ids: '*' });
		forgetWorkerDataset();
		await this.close();
		await this.refresh();
	}

	/** Follows another tab: a deleted open dataset closes here with a notice; the library is re-read. */
	async fromOtherTab(message: TabMessage): Promise<void> {
		if (message.type === 'deleted') {
			const ids = message.ids;
			if (ids === '*') forgetWorkerDataset();
			else for (const id of ids) forgetWorkerDataset(id);
			const open = this.meta;
			if (open && (ids === '*' || ids.includes(open.id))) {
				await this.close();
				this.closedNotice = `"${open.name}" was deleted in another tab, so it was closed here. Its runs and settings were deleted with it.`;
			}
		}
		await this.refresh();
	}
}

export const app = new AppState();
