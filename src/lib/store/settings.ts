// Small persisted settings: where the analyst was, so a reload returns there.
import { db } from './db';

export interface Session {
	datasetId?: string;
	runId?: string;
}

export async function loadSession(): Promise<Session> {
	return ((await (await db()).get('settings', 'session')) as Session | undefined) ?? {};
}

export async function saveSession(session: Session): Promise<void> {
	await (await db()).put('settings', { ...session }, 'session');
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
	return (await (await db()).get('settings', key)) as T | undefined;
}

export async function saveSetting(key: string, value: unknown): Promise<void> {
	await (await db()).put('settings', value, key);
}
