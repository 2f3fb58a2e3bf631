// The encryption boundary of the store: read/write functions in lib/store pass values through
// seal() before a transaction and unseal() after it (WebCrypto is async, and awaiting it inside an
// IndexedDB transaction would let the transaction commit early). The rest of the app never sees
// ciphertext. The key lives only in memory, here and (sent by the main thread) in the engine worker.
import { decryptValue, encryptValue, type SealedBox } from './crypto';

/**
 * How records are written and read. `writeKey` null = write plain. `readKey` opens sealed records;
 * while encryption is being turned off it is still set though writes are already plain.
 * `locked`: the workspace is encrypted and no key is known, so nothing may be read or written.
 */
export interface Sealing {
	locked: boolean;
	writeKey: CryptoKey | null;
	readKey: CryptoKey | null;
}

export const PLAIN: Sealing = { locked: false, writeKey: null, readKey: null };
let sealing: Sealing = PLAIN;

export function setSealing(next: Sealing): void {
	sealing = next;
}

export function currentSealing(): Sealing {
	return sealing;
}

export class LockedError extends Error {
	constructor() {
		super('the workspace is locked: unlock it with its passphrase first');
		this.name = 'LockedError';
	}
}

/** A stored record whose content is encrypted; `visible` fields stay plain for keys and indexes. */
interface SealedRecord {
	sealed: SealedBox;
}

export function isSealed(value: unknown): value is SealedRecord {
	const box = (value as SealedRecord | null)?.sealed;
	return !!box && box.iv instanceof Uint8Array && box.data instanceof ArrayBuffer;
}

/**
 * `value` as it should be stored now: itself when writing plain, else `{...visible, sealed}`.
 * Typed as T so the idb schema stays one type; only unseal() may read what this returns.
 */
export async function seal<T>(value: T, visible: Partial<T> = {}, using: Sealing = sealing): Promise<T> {
	if (using.locked) throw new LockedError();
	if (!using.writeKey) return value;
	return { ...visible, sealed: await encryptValue(using.writeKey, value) } as T;
}

/** The value a stored record holds, decrypted when sealed; plain records pass through. */
export async function unseal<T>(stored: T): Promise<T>;
export async function unseal<T>(stored: T | undefined): Promise<T | undefined>;
export async function unseal<T>(stored: T | undefined): Promise<T | undefined> {
	if (!isSealed(stored)) return stored;
	if (!sealing.readKey) throw new LockedError();
	return (await decryptValue(sealing.readKey, stored.sealed)) as T;
}

export function unsealAll<T>(stored: T[]): Promise<T[]> {
	return Promise.all(stored.map((s) => unseal(s)));
}
