import { describe, expect, it } from 'vitest';
import {
	PBKDF2_ITERATIONS,
	WrongPassphraseError,
	createKeyring,
	decryptValue,
	encryptValue,
	openKeyring,
	rewrapKeyring
} from './crypto';

// Fewer iterations keep the tests quick; the default is checked on its own.
const fast = { iterations: 1_000 };
const textOf = (buffer: ArrayBuffer) => new TextDecoder('latin1').decode(buffer);

describe('workspace crypto', () => {
	it('createKeyring(passphrase) uses PBKDF2-SHA256 with at least 600,000 iterations by default', async () => {
		const { keyring } = await createKeyring('correct horse battery');
		expect(keyring.kdf).toBe('PBKDF2-SHA256');
		expect(keyring.iterations).toBeGreaterThanOrEqual(600_000);
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(keyring.salt.byteLength).toBe(16);
	});

	it('decryptValue(key, encryptValue(key, x)) round-trips objects with typed arrays', async () => {
		const { key } = await createKeyring('correct horse battery', fast);
		const column = { kind: 'dictionary', codes: new Int32Array([0, 1, 0]), dictionary: ['Grocery', 'Milk'] };
		const box = await encryptValue(key, column);
		expect(textOf(box.data)).not.toContain('Grocery');
		const back = (await decryptValue(key, box)) as typeof column;
		expect(back.codes).toBeInstanceOf(Int32Array);
		expect([...back.codes]).toEqual([0, 1, 0]);
		expect(back.dictionary).toEqual(['Grocery', 'Milk']);
	});

	it('encryptValue(key, x) uses a fresh IV per write', async () => {
		const { key } = await createKeyring('correct horse battery', fast);
		const a = await encryptValue(key, { v: new Float64Array([12669, 9656]) });
		const b = await encryptValue(key, { v: new Float64Array([12669, 9656]) });
		expect([...a.iv]).not.toEqual([...b.iv]);
		expect(new Float64Array(a.data.slice(0, 8 * Math.floor(a.data.byteLength / 8)))).not.toContain(12669);
	});

	it('openKeyring(keyring, wrong) rejects with WrongPassphraseError', async () => {
		const { keyring } = await createKeyring('correct horse battery', fast);
		await expect(openKeyring(keyring, 'wrong horse battery')).rejects.toBeInstanceOf(WrongPassphraseError);
		await expect(openKeyring(keyring, 'wrong horse battery')).rejects.toThrow(/does not unlock this workspace/);
	});

	it('openKeyring(keyring, right) gives a key that reads what the first key wrote, and cannot be exported', async () => {
		const { keyring, key } = await createKeyring('correct horse battery', fast);
		const box = await encryptValue(key, { name: 'Wholesale customers' });
		const reopened = await openKeyring(keyring, 'correct horse battery');
		expect(await decryptValue(reopened, box)).toEqual({ name: 'Wholesale customers' });
		expect(reopened.extractable).toBe(false);
		await expect(globalThis.crypto.subtle.exportKey('raw', reopened)).rejects.toThrow();
	});

	it('rewrapKeyring(keyring, old, new) keeps stored data readable with the new passphrase only', async () => {
		const { keyring, key } = await createKeyring('correct horse battery', fast);
		const box = await encryptValue(key, { values: new Float64Array([1, 2, 3]) });
		const changed = await rewrapKeyring(keyring, 'correct horse battery', 'new passphrase 2');
		expect([...changed.salt]).not.toEqual([...keyring.salt]);
		const key2 = await openKeyring(changed, 'new passphrase 2');
		const back = (await decryptValue(key2, box)) as { values: Float64Array };
		expect([...back.values]).toEqual([1, 2, 3]);
		await expect(openKeyring(changed, 'correct horse battery')).rejects.toBeInstanceOf(WrongPassphraseError);
	});

	it('rewrapKeyring(keyring, wrong, new) rejects and changes nothing', async () => {
		const { keyring } = await createKeyring('correct horse battery', fast);
		await expect(rewrapKeyring(keyring, 'not the one!', 'new passphrase 2')).rejects.toBeInstanceOf(WrongPassphraseError);
	});

	it('createKeyring(short) refuses a passphrase under 8 characters', async () => {
		await expect(createKeyring('short')).rejects.toThrow(/at least 8 characters/);
	});

	it('decryptValue(otherKey, box) fails with a message about damage or another key', async () => {
		const a = await createKeyring('correct horse battery', fast);
		const b = await createKeyring('correct horse battery', fast);
		const box = await encryptValue(a.key, { x: 1 });
		await expect(decryptValue(b.key, box)).rejects.toThrow(/could not be decrypted/);
	});
});

describe('createKeyring', () => {
	it('createKeyring(passphrase) returns a data key that cannot be exported', async () => {
		const { key } = await createKeyring('correct horse battery', fast);
		expect(key.extractable).toBe(false);
		expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
	});
});
