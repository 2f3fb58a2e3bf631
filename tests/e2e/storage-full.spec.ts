// A full disk during an import (issue 11.1): the browser refuses a write, and the import must end
// with a message naming the file while every dataset stored before stays listed and readable; and
// when the browser did wipe the store, the app says so instead of showing an empty library.
// The refusal is simulated in the engine worker, where imports are stored: after a byte budget,
// IDBObjectStore.put aborts its transaction with a QuotaExceededError, as Chromium does when its
// quota or the disk runs out. (A module worker does not run page init scripts, so the stub is
// installed through Playwright's worker handle.) A real full disk is tried by hand with
// scripts/disk-full-experiment.mjs (needs root to mount a small tmpfs).
import type { Page } from '@playwright/test';
import { expect, loadSample, openApp, test } from './fixtures';
import { storeKeys } from './storeProbe';

/** A numeric CSV of `columns` x `rows` (about 8 bytes per stored value). */
function wideCsv(columns: number, rows: number): Buffer {
	const header = Array.from({ length: columns }, (_, j) => `m${j}`).join(',');
	const lines = [header];
	for (let i = 0; i < rows; i++) lines.push(Array.from({ length: columns }, (_, j) => ((i * 31 + j * 17) % 997) / 10).join(','));
	return Buffer.from(lines.join('\n'));
}

/** Makes every later column write in the engine worker fail once `budget` bytes were written. */
async function fillDiskAfter(page: Page, budget: number): Promise<void> {
	await expect.poll(() => page.workers().length).toBeGreaterThan(0);
	for (const worker of page.workers()) {
		await worker.evaluate((limit) => {
			let written = 0;
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
				const request = put.call(this, value, key);
				// Only real column records ([id, index >= 0]); the app's free-space probe (negative indexes) is let through here.
				if (this.name !== 'columns' || !Array.isArray(key) || (key[1] as number) < 0) return request;
				const data = value as { values?: ArrayBufferView; codes?: ArrayBufferView };
				written += (data.values ?? data.codes)?.byteLength ?? 0;
				if (written > limit) {
					const tx = this.transaction;
					Object.defineProperty(tx, 'error', { value: new DOMException('Quota exceeded: the disk is full', 'QuotaExceededError') });
					tx.abort();
				}
				return request;
			};
		}, budget);
	}
}

test('an import that hits a full disk is removed, names the file, and keeps the datasets stored before', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	// A client-side way back to the library keeps the engine worker that stored the sample.
	await page.getByRole('link', { name: 'Segment Lab' }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(1);
	const before = await storeKeys(page);

	// 40 columns x 30,000 rows = 9.6 MB of values, written in ~4 MB parts: the second part fails.
	await fillDiskAfter(page, 5 * 1024 * 1024);
	await page.locator('input[type="file"]').setInputFiles({ name: 'wide.csv', mimeType: 'text/csv', buffer: wideCsv(40, 30_000) });
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Not enough space to store "wide.csv"', { timeout: 45_000 });
	await expect(alert).toContainText('your other datasets are kept');
	await expect(page.getByTestId('library-item')).toHaveCount(1);
	await expect(page.getByTestId('library-item')).toContainText('Wholesale customers');

	// Nothing of the failed import is left: no metadata, and no column records of a dataset that is not listed.
	const after = await storeKeys(page);
	expect(after.datasets).toEqual(before.datasets);
	expect(after.columnOwners).toEqual(before.datasets);

	await page.reload();
	await expect(page.getByTestId('library-item')).toHaveCount(1);
	await page.getByTestId('library-item').getByRole('button', { name: 'Open', exact: true }).click();
	await expect(page.getByTestId('row-count')).toHaveText('440');
});

test('an empty library where datasets were stored says the browser deleted them', async ({ page }) => {
	// What Chromium leaves after deleting a corrupted IndexedDB: localStorage still counts 3 datasets.
	await page.addInitScript(() => localStorage.setItem('segment-lab:stored-datasets', '3'));
	await openApp(page);
	await expect(page.getByTestId('closed-notice')).toContainText("The browser deleted Segment Lab's stored data: 3 datasets were stored here");
	await expect(page.getByText('No datasets yet')).toBeVisible();
});
