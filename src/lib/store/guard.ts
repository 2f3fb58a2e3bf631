// Writes that belong to a dataset first read it in the same transaction: if another tab deleted it,
// the transaction is aborted before anything is written, so nothing comes back under a deleted id.
import { DatasetDeletedError } from './errors';

interface Tx {
	abort(): void;
	done: Promise<void>;
}

/**
 * Resolves when dataset `id` is in `datasets` (a store of `tx`); else aborts `tx` and throws
 * DatasetDeletedError. Counts rather than reads: the record may be sealed, and decrypting inside a
 * transaction would end it. A dataset's metadata is written last, so a half-written one is absent.
 */
export async function requireDataset(tx: Tx, datasets: { count(key: string): Promise<number> }, id: string, what?: string): Promise<void> {
	if ((await datasets.count(id)) > 0) return;
	tx.done.catch(() => {});
	tx.abort();
	throw new DatasetDeletedError(what);
}

/**
 * Issues the requests `issue` makes on `tx` and waits for the commit, rejecting with the
 * transaction's own error (e.g. QuotaExceededError) rather than a request's generic AbortError.
 * A request that throws as it is made aborts the whole transaction, so no part of it lands.
 */
export async function commit(tx: Tx & { error: DOMException | null }, issue: () => Promise<unknown>[]): Promise<void> {
	let requests: Promise<unknown>[];
	try {
		requests = issue();
	} catch (error) {
		tx.done.catch(() => {});
		try {
			tx.abort();
		} catch {
			// Already finished (aborted by the browser): its error says why.
		}
		throw tx.error ?? error;
	}
	await Promise.allSettled(requests);
	try {
		await tx.done;
	} catch (error) {
		throw tx.error ?? error;
	}
}
