// Import flow seen from the UI: pick a sheet when needed, run the import in the worker with
// progress, then open the new dataset. Failures land in app.importError; nothing stored changes.
import { app } from './app.svelte';
import { tasks, TaskCancelled } from './tasks.svelte';
import type { ImportOutcome } from '../worker/api/datasets';
import { storageEstimate } from '../store/settings';
import { tellTabs } from './tabSync';

/** Storage left for this origin; the worker refuses imports that would not fit. */
async function pageFreeBytes(): Promise<number> {
	const { usage, quota } = await storageEstimate();
	return quota > 0 ? quota - usage : Number.POSITIVE_INFINITY;
}

interface SheetQuestion {
	fileName: string;
	sheets: string[];
	answer: (sheet: string | null) => void;
}

class Importer {
	/** Set while the analyst is asked which sheet of a workbook to import. */
	sheetQuestion = $state<SheetQuestion | null>(null);

	private askSheet(fileName: string, sheets: string[]): Promise<string | null> {
		return new Promise((resolve) => {
			this.sheetQuestion = {
				fileName,
				sheets,
				answer: (sheet) => {
					this.sheetQuestion = null;
					resolve(sheet);
				}
			};
		});
	}

	/** Imports files one after the other; resolves to the id of the last dataset stored, if any. */
	async importFiles(files: File[]): Promise<string | null> {
		let last: string | null = null;
		for (const file of files) last = (await this.importFile(file)) ?? last;
		return last;
	}

	async importFile(file: File): Promise<string | null> {
		app.importError = null;
		app.notice = null;
		try {
			let sheet: string | undefined;
			if (/\.xlsx$/i.test(file.name)) {
				const sheets = await tasks.quiet((api) => api.listSheets(file));
				if (sheets.length > 1) {
					const chosen = await this.askSheet(file.name, sheets);
					if (chosen === null) return null;
					sheet = chosen;
				}
			}
			const free = await pageFreeBytes();
			return await this.finish(
				await tasks.run<ImportOutcome>(`Importing ${file.name}`, (api, onProgress) =>
					api.importFile(file, { fileName: file.name, sheet, free }, onProgress)
				)
			);
		} catch (error) {
			return this.failed(file.name, error);
		}
	}

	async importText(text: string, name: string): Promise<string | null> {
		app.importError = null;
		app.notice = null;
		const fileName = name.trim() || 'pasted data';
		try {
			const free = await pageFreeBytes();
			return await this.finish(await tasks.run<ImportOutcome>(`Importing ${fileName}`, (api) => api.importText(text, fileName, free)));
		} catch (error) {
			return this.failed(fileName, error);
		}
	}

	async importSample(url: string, fileName: string, name: string): Promise<string | null> {
		app.importError = null;
		app.notice = null;
		try {
			const free = await pageFreeBytes();
			return await this.finish(
				await tasks.run<ImportOutcome>(`Loading sample ${name}`, (api, onProgress) => api.importSample(url, fileName, name, free, onProgress))
			);
		} catch (error) {
			return this.failed(fileName, error);
		}
	}

	private async finish(outcome: ImportOutcome): Promise<string | null> {
		if (!outcome.ok) {
			app.importError = outcome.message;
			await app.refreshStorage();
			return null;
		}
		await app.refresh();
		tellTabs({ type: 'changed' });
		await app.open(outcome.meta.id);
		void app.askPersistence();
		app.notice = `Imported "${outcome.meta.name}": ${outcome.meta.rowCount.toLocaleString('en-US')} rows, ${outcome.meta.columnCount} columns.`;
		return outcome.meta.id;
	}

	private failed(fileName: string, error: unknown): null {
		if (error instanceof TaskCancelled) {
			app.notice = `Import of "${fileName}" cancelled. Nothing was stored.`;
		} else {
			const detail = error instanceof Error ? error.message : String(error);
			app.importError = `Could not import "${fileName}": ${detail}. Your stored datasets are unchanged.`;
		}
		return null;
	}
}

export const importer = new Importer();
