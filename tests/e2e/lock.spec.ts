// The locked workspace: with a passphrase set, every value in the page's IndexedDB is ciphertext
// (no column name, dataset name or run of cells from the file survives a deep walk of every object
// store); a wrong passphrase is refused with an alert, the right one brings the data back, a reload
// asks again, the passphrase can be changed or removed, and idle time locks the workspace.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, fixture, importFile, loadSample, openApp, test } from './fixtures';

const PASSPHRASE = 'correct horse battery staple';

/** The first cells of Fresh and Milk in the Wholesale file: any three in a row count as a leak. */
function wholesaleRuns(): number[][] {
	const lines = readFileSync(fixture('data/wholesale-customers.csv'), 'utf8').trim().split(/\r?\n/);
	const header = lines[0].split(',');
	const cells = lines.slice(1, 4).map((line) => line.split(',').map(Number));
	return ['Fresh', 'Milk'].map((name) => cells.map((row) => row[header.indexOf(name)]));
}

const TEXTS = ['Grocery', 'Detergents_Paper', 'Delicassen', 'Wholesale customers', 'Köln'];

interface Scan {
	/** Values read per object store. */
	records: Record<string, number>;
	/** What was found, as "store: needle". */
	leaks: string[];
}

/**
 * Reads every object store of the app's database in the page and deep-walks each value: strings,
 * number arrays and the bytes of every ArrayBuffer / typed array (as text in latin1 and UTF-8, and
 * as little-endian float64 / float32 / int32 runs) are searched for the needles.
 */
function scanIndexedDb(page: Page): Promise<Scan> {
	return page.evaluate(
		async ({ texts, runs }) => {
			const database = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('segment-lab');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const patterns = runs.flatMap((run) =>
				[Float64Array, Float32Array, Int32Array].map((Type) => new Uint8Array(Type.from(run).buffer))
			);
			const contains = (bytes: Uint8Array, pattern: Uint8Array) => {
				outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
					for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
					return true;
				}
				return false;
			};
			const found = new Set<string>();
			const walk = (value: unknown, store: string): void => {
				if (typeof value === 'string') {
					for (const t of texts) if (value.includes(t)) found.add(`${store}: "${t}"`);
				} else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
					const bytes =
						value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
					walk(new TextDecoder('latin1').decode(bytes), store);
					walk(new TextDecoder('utf-8').decode(bytes), store);
					for (const [i, p] of patterns.entries()) if (contains(bytes, p)) found.add(`${store}: bytes of ${runs[Math.floor(i / 3)]}`);
				} else if (Array.isArray(value)) {
					const joined = `,${value.join(',')},`;
					for (const run of runs) if (joined.includes(`,${run.join(',')},`)) found.add(`${store}: array ${run}`);
					for (const v of value) walk(v, store);
				} else if (value instanceof Map) {
					for (const [k, v] of value) (walk(k, store), walk(v, store));
				} else if (value && typeof value === 'object') {
					for (const [k, v] of Object.entries(value)) (walk(k, store), walk(v, store));
				}
			};
			const records: Record<string, number> = {};
			for (const store of [...database.objectStoreNames]) {
				const values = await new Promise<unknown[]>((resolve, reject) => {
					const request = database.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
				records[store] = values.length;
				for (const value of values) walk(value, store);
			}
			database.close();
			return { records, leaks: [...found].sort() };
		},
		{ texts: TEXTS, runs: wholesaleRuns() }
	);
}

async function clusterWholesale(page: Page): Promise<void> {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('3');
	await page.getByRole('button', { name: 'Cluster with k = 3' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);
}

async function setPassphrase(page: Page, passphrase: string): Promise<void> {
	await openApp(page);
	const section = page.getByRole('region', { name: 'Workspace lock' });
	await section.getByRole('button', { name: 'Set a passphrase…' }).click();
	await expect(section).toContainText(
		'If you forget this passphrase, your data cannot be recovered — not by you, not by us.'
	);
	await section.getByLabel(/^Passphrase/).fill(passphrase);
	await section.getByLabel('Repeat it').fill(passphrase);
	const encrypt = section.getByRole('button', { name: 'Encrypt workspace' });
	await expect(encrypt).toBeDisabled();
	await section.getByRole('checkbox', { name: 'I understand that a lost passphrase means lost data' }).check();
	await encrypt.click();
	await expect(section.getByTestId('lock-status')).toContainText('Encrypted.');
}

async function unlock(page: Page, passphrase: string): Promise<void> {
	await page.getByLabel('Passphrase').fill(passphrase);
	await page.getByRole('button', { name: 'Unlock' }).click();
}

const lockScreen = (page: Page) => page.getByRole('heading', { name: 'This workspace is locked' });

test('locked, no stored value in IndexedDB holds a plaintext cell; a wrong passphrase is refused, the right one brings the data back', async ({ page }) => {
	await clusterWholesale(page);
	// The control: without a passphrase the same scan finds the file's cells, so it can fail.
	const plain = await scanIndexedDb(page);
	expect(plain.leaks).toEqual(expect.arrayContaining(['columns: bytes of 12669,7057,6353', 'datasets: "Grocery"']));
	expect(plain.records.runs).toBe(1);

	await setPassphrase(page, PASSPHRASE);
	await page.getByRole('region', { name: 'Workspace lock' }).getByRole('button', { name: 'Lock now' }).click();
	await expect(lockScreen(page)).toBeVisible();
	await expect(page.getByText('Wholesale customers')).toHaveCount(0);

	const locked = await scanIndexedDb(page);
	expect(locked.leaks).toEqual([]);
	expect(locked.records).toMatchObject({ datasets: 1, columns: 8, runs: 1 });

	await unlock(page, 'not the passphrase');
	await expect(page.getByRole('alert')).toContainText('That passphrase does not unlock this workspace');
	await expect(lockScreen(page)).toBeVisible();

	await unlock(page, PASSPHRASE);
	await expect(page.getByTestId('library-item')).toContainText('Wholesale customers');
	await expect(page.getByTestId('row-count')).toHaveText('440');
	await page.getByRole('link', { name: 'Segments' }).first().click();
	await expect(page.getByTestId('run-item')).toHaveCount(1);
	await expect(page.getByTestId('run-summary')).toContainText('k-means, k = 3');

	// Written while unlocked, by the worker: sealed too. (A full page load would ask for the passphrase.)
	await page.getByRole('link', { name: 'Library' }).click();
	await importFile(page, fixture('edge/records.json'));
	await expect(page.getByTestId('row-count')).toHaveText('3');
	expect((await scanIndexedDb(page)).leaks).toEqual([]);

	await page.reload();
	await expect(lockScreen(page)).toBeVisible();
});

test('changing the passphrase keeps the data readable with the new one only; removing it decrypts in place', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await setPassphrase(page, PASSPHRASE);
	const section = page.getByRole('region', { name: 'Workspace lock' });

	await section.getByRole('button', { name: 'Change passphrase…' }).click();
	await section.getByLabel('Current passphrase').fill('not the passphrase');
	await section.getByLabel(/^New passphrase/).fill('a brand new passphrase');
	await section.getByLabel('Repeat it').fill('a brand new passphrase');
	await section.getByRole('button', { name: 'Change passphrase', exact: true }).click();
	await expect(section.getByRole('alert')).toContainText('That passphrase does not unlock this workspace');
	await section.getByLabel('Current passphrase').fill(PASSPHRASE);
	await section.getByRole('button', { name: 'Change passphrase', exact: true }).click();
	await expect(section).toContainText('Passphrase changed.');

	await page.reload();
	await unlock(page, PASSPHRASE);
	await expect(page.getByRole('alert')).toContainText('does not unlock');
	await unlock(page, 'a brand new passphrase');
	await expect(page.getByTestId('library-item')).toContainText('Wholesale customers');

	await section.getByRole('button', { name: 'Remove passphrase…' }).click();
	await section.getByLabel('Current passphrase').fill('a brand new passphrase');
	await section.getByRole('button', { name: 'Decrypt and remove passphrase' }).click();
	await expect(section.getByTestId('lock-status')).toContainText('Not encrypted');
	await page.reload();
	await expect(page.getByTestId('library-item')).toContainText('Wholesale customers');
	await expect(lockScreen(page)).toHaveCount(0);
	expect((await scanIndexedDb(page)).leaks).toContain('columns: bytes of 12669,7057,6353');
});

test('the workspace locks itself after the chosen idle minutes', async ({ page }) => {
	await page.clock.install();
	await loadSample(page, 'Wholesale customers');
	await setPassphrase(page, PASSPHRASE);
	await page.getByLabel('Lock automatically').selectOption({ label: 'after 5 minutes idle' });
	await page.clock.fastForward('04:00');
	await expect(lockScreen(page)).toHaveCount(0);
	await page.clock.fastForward('01:30');
	await expect(lockScreen(page)).toBeVisible();
});

test('deleting everything keeps the passphrase: the emptied workspace stays encrypted for new data', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await setPassphrase(page, PASSPHRASE);
	await page.getByRole('button', { name: 'Delete everything' }).click();
	await page.getByRole('button', { name: 'Yes, delete everything' }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(0);
	await page.reload();
	await unlock(page, PASSPHRASE);
	await expect(page.getByText('No datasets yet.')).toBeVisible();
	await page.getByRole('button', { name: 'Load Wholesale customers' }).click();
	await expect(page.getByTestId('row-count')).toHaveText('440');
	const scan = await scanIndexedDb(page);
	expect(scan.records).toMatchObject({ datasets: 1, columns: 8 });
	expect(scan.leaks).toEqual([]);
});

/** Serious and critical axe (WCAG 2 A/AA) violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test('AxeBuilder finds no serious or critical violation in the passphrase form and on the lock screen with its alert', async ({ page }) => {
	await openApp(page);
	await page.getByRole('button', { name: 'Set a passphrase…' }).click();
	expect(await seriousViolations(page), 'set-passphrase form').toEqual([]);
	await setPassphrase(page, PASSPHRASE);
	await page.reload();
	await unlock(page, 'not the passphrase');
	await expect(page.getByRole('alert')).toBeVisible();
	expect(await seriousViolations(page), 'lock screen').toEqual([]);
});

test('setting a passphrase or locking in one tab locks the other tabs too, so none keeps writing plain data', async ({ page, context }) => {
	await loadSample(page, 'Wholesale customers');
	const other = await context.newPage();
	await openApp(other);
	await expect(other.getByTestId('library-item')).toContainText('Wholesale customers');
	await setPassphrase(page, PASSPHRASE);
	await expect(lockScreen(other)).toBeVisible();
	await unlock(other, PASSPHRASE);
	await expect(other.getByTestId('library-item')).toContainText('Wholesale customers');
	await page.getByRole('region', { name: 'Workspace lock' }).getByRole('button', { name: 'Lock now' }).click();
	await expect(lockScreen(page)).toBeVisible();
	await expect(lockScreen(other)).toBeVisible();
});
