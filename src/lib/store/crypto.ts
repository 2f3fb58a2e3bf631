// The workspace's keys. A random AES-GCM 256 data key encrypts every record; it is stored only
// wrapped (AES-GCM) by a key derived from the passphrase with PBKDF2-SHA256. Changing the passphrase
// re-wraps the data key and leaves the records as they are. Nothing here touches IndexedDB.
import { pack, unpack } from './pack';

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;

/** What is kept (in plain) to turn a passphrase back into the data key. Holds no customer data. */
export interface Keyring {
	version: 1;
	kdf: 'PBKDF2-SHA256';
	iterations: number;
	salt: Uint8Array;
	/** IV of the wrapped data key. */
	iv: Uint8Array;
	wrappedKey: ArrayBuffer;
	/** Minutes without input before the workspace locks itself; 0 = never. */
	idleMinutes: number;
	/** False while existing records are being encrypted: unlocking finishes the job. */
	complete: boolean;
}

/** One encrypted record: a fresh 96-bit IV per write. */
export interface SealedBox {
	iv: Uint8Array;
	data: ArrayBuffer;
}

export class WrongPassphraseError extends Error {
	constructor() {
		super('That passphrase does not unlock this workspace. Check it and try again.');
		this.name = 'WrongPassphraseError';
	}
}

const subtle = () => globalThis.crypto.subtle;
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));

export function checkPassphrase(passphrase: string): void {
	if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
		throw new Error(`a passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
	}
}

async function wrappingKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
	const base = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
	return subtle().deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
		base,
		{ name: 'AES-GCM', length: 256 },
		false,
		['wrapKey', 'unwrapKey']
	);
}

async function wrap(dataKey: CryptoKey, passphrase: string, iterations: number) {
	const salt = random(16);
	const iv = random(12);
	const kek = await wrappingKey(passphrase, salt, iterations);
	const wrappedKey = await subtle().wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv: iv as BufferSource });
	return { wrapped: { salt, iv, wrappedKey }, kek };
}

function unwrapWith(kek: CryptoKey, keyring: Keyring, extractable: boolean): Promise<CryptoKey> {
	return subtle().unwrapKey(
		'raw',
		keyring.wrappedKey,
		kek,
		{ name: 'AES-GCM', iv: keyring.iv as BufferSource },
		{ name: 'AES-GCM', length: 256 },
		extractable,
		['encrypt', 'decrypt']
	);
}

/** The data key; extractable only when it is about to be re-wrapped. A wrong passphrase fails GCM's tag check. */
async function unwrap(keyring: Keyring, passphrase: string, extractable: boolean): Promise<CryptoKey> {
	const kek = await wrappingKey(passphrase, keyring.salt, keyring.iterations);
	try {
		return await unwrapWith(kek, keyring, extractable);
	} catch {
		throw new WrongPassphraseError();
	}
}

/** A new data key and its keyring; the key returned for use cannot be exported. */
export async function createKeyring(
	passphrase: string,
	options: { idleMinutes?: number; iterations?: number } = {}
): Promise<{ keyring: Keyring; key: CryptoKey }> {
	checkPassphrase(passphrase);
	const iterations = options.iterations ?? PBKDF2_ITERATIONS;
	const fresh = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
	const { wrapped, kek } = await wrap(fresh, passphrase, iterations);
	const keyring: Keyring = {
		version: 1,
		kdf: 'PBKDF2-SHA256',
		iterations,
		...wrapped,
		idleMinutes: options.idleMinutes ?? 15,
		complete: false
	};
	// Unwrapped again (no second derivation) so the key kept in memory is not extractable.
	return { keyring, key: await unwrapWith(kek, keyring, false) };
}

/** The data key for `passphrase`; throws WrongPassphraseError when it is not the right one. */
export function openKeyring(keyring: Keyring, passphrase: string): Promise<CryptoKey> {
	return unwrap(keyring, passphrase, false);
}

/** The same data key wrapped under a new passphrase (new salt): records stay readable, untouched. */
export async function rewrapKeyring(keyring: Keyring, oldPassphrase: string, newPassphrase: string): Promise<Keyring> {
	checkPassphrase(newPassphrase);
	const dataKey = await unwrap(keyring, oldPassphrase, true);
	const { wrapped } = await wrap(dataKey, newPassphrase, PBKDF2_ITERATIONS);
	return { ...keyring, iterations: PBKDF2_ITERATIONS, ...wrapped };
}

export async function encryptValue(key: CryptoKey, value: unknown): Promise<SealedBox> {
	const iv = random(12);
	const data = await subtle().encrypt({ name: 'AES-GCM', iv: iv as BufferSource }, key, pack(value));
	return { iv, data };
}

export async function decryptValue(key: CryptoKey, box: SealedBox): Promise<unknown> {
	let plain: ArrayBuffer;
	try {
		plain = await subtle().decrypt({ name: 'AES-GCM', iv: box.iv as BufferSource }, key, box.data);
	} catch {
		throw new Error('a stored record could not be decrypted: it was damaged or written with another key');
	}
	return unpack(plain);
}
