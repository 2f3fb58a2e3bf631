import { afterEach, describe, expect, it } from 'vitest';
import { createKeyring } from './crypto';
import { LockedError, PLAIN, isSealed, seal, setSealing, unseal } from './sealed';

const meta = { id: 'ds-1', importedAt: 5, name: 'Wholesale customers', columns: [{ name: 'Grocery' }] };

describe('seal/unseal', () => {
	afterEach(() => setSealing(PLAIN));

	it('seal(x) stores x itself when the workspace has no passphrase', async () => {
		expect(await seal(meta)).toBe(meta);
		expect(await unseal(meta)).toBe(meta);
	});

	it('seal(x, visible) keeps only the visible fields plain when a key is set', async () => {
		const { key } = await createKeyring('correct horse battery', { iterations: 1_000 });
		setSealing({ locked: false, writeKey: key, readKey: key });
		const stored = await seal(meta, { id: meta.id, importedAt: meta.importedAt });
		expect(isSealed(stored)).toBe(true);
		expect(Object.keys(stored).sort()).toEqual(['id', 'importedAt', 'sealed']);
		expect(JSON.stringify(stored)).not.toContain('Grocery');
		expect(await unseal(stored)).toEqual(meta);
	});

	it('seal(x) and unseal(sealed) throw LockedError while the workspace is locked', async () => {
		const { key } = await createKeyring('correct horse battery', { iterations: 1_000 });
		setSealing({ locked: false, writeKey: key, readKey: key });
		const stored = await seal(meta);
		setSealing({ locked: true, writeKey: null, readKey: null });
		await expect(seal(meta)).rejects.toBeInstanceOf(LockedError);
		await expect(unseal(stored)).rejects.toBeInstanceOf(LockedError);
	});
});
