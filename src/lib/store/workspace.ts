// The workspace lock as stored: the keyring (in `settings`, under KEYRING_KEY, never sealed) and
// the passes that encrypt every stored record in place, or decrypt them again.
import { createKeyring, openKeyring, rewrapKeyring, type Keyring } from './crypto';
import { db } from './db';
import { PLAIN, seal, setSealing, unseal, type Sealing } from './sealed';

export const KEYRING_KEY = 'keyring';

/** The stores holding customer data, and the plain fields each keeps for its keyPath and indexes. */
const STORES = {
	datasets: ['id', 'importedAt'],
	columns: [],
	runs: ['id', 'datasetId'],
	settings: []
} as const;
type StoreName = keyof typeof STORES;

export async function loadKeyring(): Promise<Keyring | undefined> {
	return (await (await db()).get('settings', KEYRING_KEY)) as Keyring | undefined;
}

async function saveKeyring(keyring: Keyring): Promise<void> {
	await (await db()).put('settings', keyring, KEYRING_KEY);
}

export type Progress = (done: number, total: number) => void;

/** Every (store, key) whose value holds customer data. */
async function allKeys(): Promise<[StoreName, IDBValidKey][]> {
	const d = await db();
	const keys: [StoreName, IDBValidKey][] = [];
	for (const store of Object.keys(STORES) as StoreName[]) {
		for (const key of await d.getAllKeys(store)) {
			if (!(store === 'settings' && key === KEYRING_KEY)) keys.push([store, key]);
		}
	}
	return keys;
}

/**
 * Rewrites every record with `writing`, reading with the sealing already set. One record per
 * transaction (crypto cannot run inside one); a record deleted meanwhile is not written back.
 */
async function rewriteAll(writing: Sealing, progress?: Progress): Promise<void> {
	const d = await db();
	const keys = await allKeys();
	let done = 0;
	for (const [store, key] of keys) {
		const value = await unseal(await d.get(store, key as never));
		if (value !== undefined) {
			const visible = Object.fromEntries(STORES[store].map((f) => [f, (value as Record<string, unknown>)[f]]));
			const next = await seal(value, visible, writing);
			const tx = d.transaction(store, 'readwrite');
			const exists = (await tx.store.count(key as never)) > 0;
			if (exists) {
				const inline = store === 'datasets' || store === 'runs';
				await (inline ? tx.store.put(next as never) : tx.store.put(next as never, key as never));
			}
			await tx.done;
		}
		progress?.(++done, keys.length);
	}
}

/** Unlocked sealing for a data key. */
export const openSealing = (key: CryptoKey): Sealing => ({ locked: false, writeKey: key, readKey: key });

/** Turns encryption on: stores the keyring first, then seals every existing record in place. */
export async function enableEncryption(passphrase: string, idleMinutes: number, progress?: Progress): Promise<CryptoKey> {
	if (await loadKeyring()) throw new Error('this workspace already has a passphrase');
	const { keyring, key } = await createKeyring(passphrase, { idleMinutes });
	await saveKeyring(keyring);
	setSealing(openSealing(key));
	await rewriteAll(openSealing(key), progress);
	await saveKeyring({ ...keyring, complete: true });
	return key;
}

/** The data key for `passphrase` (WrongPassphraseError otherwise); finishes an interrupted enableEncryption. */
export async function unlockWorkspace(passphrase: string, progress?: Progress): Promise<CryptoKey> {
	const keyring = await loadKeyring();
	if (!keyring) throw new Error('this workspace has no passphrase');
	const key = await openKeyring(keyring, passphrase);
	setSealing(openSealing(key));
	if (!keyring.complete) {
		await rewriteAll(openSealing(key), progress);
		await saveKeyring({ ...keyring, complete: true });
	}
	return key;
}

/** Re-wraps the data key under a new passphrase; the records keep their encryption. */
export async function changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
	const keyring = await loadKeyring();
	if (!keyring) throw new Error('this workspace has no passphrase');
	await saveKeyring(await rewrapKeyring(keyring, oldPassphrase, newPassphrase));
}

/** Turns encryption off: decrypts every record in place, then deletes the keyring. */
export async function disableEncryption(passphrase: string, progress?: Progress): Promise<void> {
	const keyring = await loadKeyring();
	if (!keyring) return;
	const key = await openKeyring(keyring, passphrase);
	// Writes go plain from now on; reads still open what is sealed until the pass is done.
	setSealing({ locked: false, writeKey: null, readKey: key });
	try {
		await rewriteAll(PLAIN, progress);
		await (await db()).delete('settings', KEYRING_KEY);
	} catch (error) {
		// The keyring is still there, so keep writing sealed: a later try finishes the job.
		setSealing(openSealing(key));
		throw error;
	}
}

export async function setIdleMinutes(minutes: number): Promise<void> {
	const keyring = await loadKeyring();
	if (keyring) await saveKeyring({ ...keyring, idleMinutes: minutes });
}
