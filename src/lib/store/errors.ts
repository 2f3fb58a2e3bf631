// Errors of the store that the UI shows as they are. They cross the worker boundary by name
// (Comlink keeps `name` and `message`), so check `error.name`, not `instanceof`, on the page.

/** A write for a dataset that another tab deleted meanwhile; nothing was written. */
export class DatasetDeletedError extends Error {
	constructor(what = 'nothing was saved') {
		super(`This dataset was deleted in another tab; ${what}. Open another dataset from the library.`);
		this.name = 'DatasetDeletedError';
	}
}

/** A dataset that did not fit; its partial records were removed, every other dataset is kept. */
export class StorageFullError extends Error {
	constructor(fileName: string, detail: string) {
		super(
			`Not enough space to store "${fileName}": ${detail}. Nothing of it was kept and your other datasets are kept. ` +
				`Delete datasets you no longer need from the library or free disk space, then try again.`
		);
		this.name = 'StorageFullError';
	}
}

/**
 * True for the ways a browser reports a full disk or quota: QuotaExceededError, and Chromium's
 * errors when the disk itself fills during a commit (seen: "Failed to write blobs (IOError)").
 */
export function isStorageFull(error: unknown): boolean {
	if (!(error instanceof Error || error instanceof DOMException)) return false;
	if (error.name === 'QuotaExceededError') return true;
	return /quota|disk|space|ioerror|failed to write/i.test(error.message);
}
