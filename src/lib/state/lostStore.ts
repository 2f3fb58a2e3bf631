// Chromium deletes an origin's whole IndexedDB when a disk error corrupts it, and evicts a
// best-effort origin wholesale under storage pressure; the library is then simply empty. How many
// datasets were stored is also kept in localStorage (a separate store that the first case spares),
// so the app can say what happened instead of showing an empty library without a word.
const KEY = 'segment-lab:stored-datasets';

function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined; // blocked storage (some private modes)
	}
}

/** Records how many datasets the library now holds. */
export function rememberDatasetCount(count: number): void {
	try {
		storage()?.setItem(KEY, String(count));
	} catch {
		// A full disk can refuse this too; the count is only a hint.
	}
}

/** How many datasets were stored before, when the library is now unexpectedly empty; else 0. */
export function lostDatasetCount(count: number): number {
	const before = Number(storage()?.getItem(KEY) ?? 0);
	return count === 0 && before > 0 ? before : 0;
}
