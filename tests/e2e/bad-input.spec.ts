// Real bad files through the real import control: each gets a specific message, and the dataset
// that was already stored stays exactly as it was.
import { counts, expect, fixture, importFile, loadSample, openApp, test } from './fixtures';

const cases: { file: string; message: RegExp }[] = [
	{ file: 'bad/empty.csv', message: /empty\.csv.*empty/i },
	{ file: 'bad/header-only.csv', message: /header-only\.csv.*no data rows/i },
	{ file: 'bad/binary.csv', message: /binary\.csv.*(binary|not a text)/i },
	{ file: 'bad/invalid.json', message: /invalid\.json.*line \d+.*column \d+/i },
	{ file: 'bad/not-records.json', message: /not-records\.json.*array/i },
	{ file: 'bad/no-columns.csv', message: /no-columns\.csv.*column/i }
];

for (const { file, message } of cases) {
	test(`importing ${file} explains the problem and keeps the stored data`, async ({ page }) => {
		await loadSample(page, 'Wholesale customers');
		await openApp(page);
		await importFile(page, fixture(file));
		await expect(page.getByRole('alert')).toContainText(message);
		// Still the same dataset open, still the only one stored, and the page still works.
		expect(await counts(page)).toEqual({ rows: 440, columns: 8 });
		await expect(page.getByTestId('library-item')).toHaveCount(1);
		await page.getByRole('link', { name: /Data/ }).first().click();
		await expect(page.getByTestId('virtual-table')).toBeVisible();
	});
}

test('ragged rows import with a warning naming the row', async ({ page }) => {
	await openApp(page);
	await importFile(page, fixture('bad/ragged.csv'));
	await expect(page.getByTestId('row-count')).toBeVisible();
	await expect(page.getByTestId('import-warning').first()).toContainText(/Row \d+/);
});

test('a Windows-1252 file is decoded with a notice', async ({ page }) => {
	await openApp(page);
	await importFile(page, fixture('bad/latin1.csv'));
	await expect(page.getByTestId('row-count')).toBeVisible();
	await expect(page.getByTestId('import-warning').filter({ hasText: /Windows-1252/ })).toBeVisible();
	await expect(page.getByTestId('virtual-table')).toContainText('é');
});

test('a file larger than the storage left is refused with a specific message', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	// This Chromium ignores CDP's Storage.overrideQuotaForOrigin, so the page is told the quota instead:
	// 300 kB in all, of which the stored sample already uses some.
	await page.addInitScript(() => {
		const real = StorageManager.prototype.estimate;
		StorageManager.prototype.estimate = async function () {
			const { usage = 0 } = await real.call(this);
			return { usage, quota: 300_000 };
		};
	});
	await openApp(page);
	const big = 'a,b,c\n' + Array.from({ length: 40_000 }, (_, i) => `${i},${i * 2},${i % 7}`).join('\n');
	await page.locator('input[type="file"]').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
	await expect(page.getByRole('alert')).toContainText(/big\.csv.*storage.*Delete datasets/i);
	expect(await counts(page)).toEqual({ rows: 440, columns: 8 });
	await expect(page.getByTestId('library-item')).toHaveCount(1);
});

test('cancelling a long import stores nothing and the page keeps working', async ({ page }) => {
	await openApp(page);
	const rows = Array.from({ length: 1_500_000 }, (_, i) => `${i},${(i * 7919) % 10007},${i % 13}.5,x${i % 50}`);
	const buffer = Buffer.from('id,a,b,c\n' + rows.join('\n'));
	await page.locator('input[type="file"]').setInputFiles({ name: 'long.csv', mimeType: 'text/csv', buffer });
	await expect(page.getByRole('status').filter({ hasText: 'Importing long.csv' })).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByText(/Import of "long\.csv" cancelled\. Nothing was stored\./)).toBeVisible();
	await expect(page.getByTestId('library-item')).toHaveCount(0);
	await page.getByRole('button', { name: 'Load Wholesale customers' }).click();
	await expect(page.getByTestId('row-count')).toHaveText('440');
});
