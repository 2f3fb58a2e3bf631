// Very wide files: a 20,000-column table must open on the Data page without freezing it, and a
// wider one must be refused at import with a message saying the limit.
import { writeFileSync } from 'node:fs';
import { counts, expect, importFile, openApp, test } from './fixtures';

/** A CSV of `width` numeric columns c1..cN and `rows` rows, written to `path`. */
function writeWideCsv(path: string, width: number, rows: number): void {
	const lines = [Array.from({ length: width }, (_, j) => `c${j + 1}`).join(',')];
	for (let i = 0; i < rows; i++) lines.push(Array.from({ length: width }, (_, j) => String((i * 7 + j) % 101)).join(','));
	writeFileSync(path, lines.join('\n') + '\n');
}

test('a 20,000-column x 20-row CSV opens on the Data page, which stays responsive and small', async ({ page }, testInfo) => {
	test.setTimeout(120_000);
	const path = testInfo.outputPath('wide-20000.csv');
	writeWideCsv(path, 20_000, 20);
	await openApp(page);
	await importFile(page, path);
	await expect(page).toHaveURL(/\/data\/$/);
	await expect(page.getByTestId('column-count')).toHaveText('20000');
	expect(await counts(page)).toEqual({ rows: 20, columns: 20_000 });

	// The summary lists a page of columns and the row table draws a screenful of cells, not 20,000.
	await expect(page.getByTestId('column-row')).toHaveCount(100);
	await expect(page.getByTestId('column-pager')).toContainText('Columns 1–100 of 20,000');
	const headerCells = await page.getByTestId('virtual-table').getByRole('columnheader').count();
	expect(headerCells).toBeLessThan(60);
	expect(await page.locator('body *').count()).toBeLessThan(20_000);

	// The page answers clicks: the pager, a find, a far scroll of the row table, another step.
	await page.getByTestId('column-pager').getByRole('button', { name: 'Next' }).click();
	await expect(page.getByTestId('column-pager')).toContainText('Columns 101–200 of 20,000');
	await page.getByLabel('Find a column').fill('c19999');
	await expect(page.getByTestId('column-row')).toHaveCount(1);
	await expect(page.getByTestId('column-row')).toContainText('c19999');
	await page.getByTestId('virtual-table').evaluate((el) => (el.scrollLeft = 152 * 15_000));
	await expect(page.getByTestId('virtual-table').getByRole('columnheader', { name: 'c15001', exact: true })).toBeVisible();

	const heap = await page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
	testInfo.annotations.push({ type: 'heap', description: `${Math.round(heap / 1e6)} MB` });
	// 834 MB before the column windowing; about 50 MB after.
	expect(heap).toBeLessThan(200e6);

	await page.getByRole('navigation', { name: 'Workflow steps' }).getByRole('link', { name: 'Library' }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(1);
});

test('a CSV with 20,001 columns is refused at import, saying the limit', async ({ page }, testInfo) => {
	const path = testInfo.outputPath('wide-20001.csv');
	writeWideCsv(path, 20_001, 2);
	await openApp(page);
	await importFile(page, path);
	await expect(page.getByTestId('import-error')).toContainText('has 20,001 columns; Segment Lab handles up to 20,000');
});
