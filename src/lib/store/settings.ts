// Small persisted settings: where the analyst was, so a reload returns there.
import { db } from './db';
import { seal, unseal } from './sealed';
import { commit, requireDataset } from './guard';

export interface Session {
	datasetId?: string;
	runId?: string;
}

export async function loadSession(): Promise<Session> {
	return ((await unseal(await (await db()).get('settings', 'session'))) as Session | undefined) ?? {};
}

export async function saveSession(session: Session): Promise<void> {
	const value = await seal({ ...session });
	await (await db()).put('settings', value, 'session');
}

/** Usage and quota of this origin's storage, and whether it is persistent. */
export async function storageEstimate(): Promise<{ usage: number; quota: number; persisted: boolean }> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.estimate) return { usage: 0, quota: 0, persisted: false };
	const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
		storage.estimate(),
		storage.persisted ? storage.persisted() : Promise.resolve(false)
	]);
	return { usage, quota, persisted };
}

/** Asks the browser not to evict our data under storage pressure; resolves to whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
	const storage = globalThis.navigator?.storage;
	if (!storage?.persist) return false;
	return (await storage.persisted?.()) || storage.persist();
}

/** A value kept per key in the settings store (e.g. `recipe:<datasetId>`), or undefined. */
export async function loadSetting<T>(key: string): Promise<T | undefined> {
	return (await unseal(await (await db()).get('settings', key))) as T | undefined;
}

/**
 * The dataset a setting belongs to: keys `<kind>:<datasetId>` (recipe:, sweep:, ...) are per dataset,
 * written only while it exists and deleted with it. Undefined for app-wide keys (session, keyring).
 */
export function datasetOfSetting(key: IDBValidKey): string | undefined {
	return typeof key === 'string' ? /^[a-z][\w-]*:(ds-.+)$/i.exec(key)?.[1] : undefined;
}

/** Stores a setting; a per-dataset one fails with DatasetDeletedError if its dataset is gone (checked in the same transaction). */
export async function saveSetting(key: string, value: unknown): Promise<void> {
	const stored = await seal(value);
	const datasetId = datasetOfSetting(key);
	const tx = (await db()).transaction(['datasets', 'settings'], 'readwrite');
	if (datasetId) await requireDataset(tx, tx.objectStore('datasets'), datasetId, 'the setting was not saved');
	await commit(tx, () => [tx.objectStore('settings').put(stored, key)]);
}

/** Bytes this origin may still store by the browser's estimate (infinite when it reports none). */
export async function storageRoom(): Promise<number> {
	const { usage, quota } = await storageEstimate();
	return quota > 0 ? quota - usage : Number.POSITIVE_INFINITY;
}
