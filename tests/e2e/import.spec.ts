import { counts, expect, fixture, importFile, loadSample, openApp, test } from './fixtures';

test('loading the Wholesale sample stores 440 rows x 8 columns and survives a reload @subpath', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await expect(page.getByTestId('row-count')).toHaveText('440');
	await expect(page.getByTestId('column-count')).toHaveText('8');
	await expect(page).toHaveURL(/\/data\/$/);
	await page.reload();
	await expect(page.getByTestId('row-count')).toHaveText('440');
	await openApp(page);
	await expect(page.getByTestId('library-item')).toHaveCount(1);
});

test('loading the Online Retail sample stores 20000 rows x 8 columns with its date format', async ({ page }) => {
	await loadSample(page, 'Online Retail (20k transactions)');
	expect(await counts(page)).toEqual({ rows: 20000, columns: 8 });
	const row = page.getByTestId('column-row').filter({ hasText: 'InvoiceDate' });
	await expect(row.getByRole('combobox', { name: 'Type of InvoiceDate' })).toHaveValue('datetime');
	await expect(row).toContainText('YYYY-MM-DD HH:mm:ss');
	await expect(page.getByTestId('column-row').filter({ hasText: 'CustomerID' })).toContainText('5,078');
});

test('a semicolon file with decimal commas imports as numbers', async ({ page }) => {
	await openApp(page);
	await importFile(page, fixture('bad/decimal-comma.csv'));
	await expect(page.getByTestId('row-count')).not.toHaveText('');
	const types = page.getByRole('combobox', { name: /^Type of / });
	await expect(types.first()).toBeVisible();
	const values = await types.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
	expect(values).toContain('numeric');
});

test('pasted text becomes a dataset', async ({ page }) => {
	await openApp(page);
	await page.getByRole('button', { name: /paste text/ }).click();
	await page.getByLabel('Pasted data').fill('CustomerID\tSpend\tVisits\n1\t10.5\t3\n2\t20\t4\n3\t7.25\t1\n');
	await page.getByRole('button', { name: 'Import pasted text' }).click();
	expect(await counts(page)).toEqual({ rows: 3, columns: 3 });
});

test('header text is rendered as text, never as markup', async ({ page }) => {
	await openApp(page);
	await page.getByRole('button', { name: /paste text/ }).click();
	await page.getByLabel('Pasted data').fill('<img src=x onerror="window.__pwned=1">,score,score,\n1,2,3,4\n5,6,7,8\n');
	await page.getByRole('button', { name: 'Import pasted text' }).click();
	await expect(page.getByTestId('column-count')).toHaveText('4');
	const names = page.locator('[data-testid="column-row"] th');
	await expect(names).toHaveText(['<img src=x onerror="window.__pwned=1">', 'score', 'score_2', 'column_4']);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('an xlsx workbook asks which sheet to import', async ({ page }) => {
	await openApp(page);
	await importFile(page, fixture('bad/book.xlsx'));
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	const sheets = dialog.getByRole('button').filter({ hasNotText: 'Cancel' });
	await expect(sheets).toHaveCount(2);
	await sheets.nth(1).click();
	await expect(page.getByTestId('row-count')).toBeVisible();
	await expect(page.getByText(/sheet “/)).toBeVisible();
});

test('datasets can be renamed and deleted from the library', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await openApp(page);
	const item = page.getByTestId('library-item');
	await item.getByRole('button', { name: 'Rename' }).click();
	await item.getByLabel('New name').fill('Distributor clients');
	await item.getByRole('button', { name: 'Save' }).click();
	await expect(item).toContainText('Distributor clients');
	await page.reload();
	await expect(page.getByTestId('library-item')).toContainText('Distributor clients');
	await page.getByTestId('library-item').getByRole('button', { name: 'Delete', exact: true }).click();
	await page.getByRole('button', { name: 'Delete "Distributor clients"' }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(0);
	await expect(page.getByTestId('row-count')).toHaveCount(0);
});
