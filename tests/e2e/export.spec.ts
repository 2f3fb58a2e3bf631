// Export on Wholesale: a k-means run from Choose k, its labelled CSV, the model JSON downloaded and
// imported back, and the share link opened in a fresh browser (no dataset, nothing stored) where
// the model scores the Wholesale file.
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, fixture, loadSample, test } from './fixtures';

async function clusterWholesale(page: Page, k: number): Promise<void> {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill(String(k));
	await page.getByRole('button', { name: `Cluster with k = ${k}` }).click();
	await expect(page).toHaveURL(/\/segments\/$/);
	await page.getByRole('link', { name: 'Export' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
}

async function downloaded(page: Page, button: string): Promise<{ download: Download; text: string }> {
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const download = await pending;
	return { download, text: readFileSync((await download.path())!, 'utf8') };
}

test('the model JSON imports back and its share link scores a file in a fresh browser @subpath', async ({ page, browser }) => {
	await clusterWholesale(page, 4);
	await expect(page.getByTestId('model-summary')).toContainText('4 segments');

	const { download, text } = await downloaded(page, 'Download model JSON');
	expect(download.suggestedFilename()).toBe('wholesale-customers-model.json');
	const model = JSON.parse(text);
	expect(model).toMatchObject({ schema: 'segment-lab/model', version: 1, dataset: { name: 'Wholesale customers', rows: 440 } });
	expect(model.segments).toHaveLength(4);

	await page.getByLabel('Import model JSON').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(page.getByText('Model “wholesale-customers-model.json” loaded: 4 segments')).toBeVisible();
	await expect(page.getByRole('radio', { name: /^Imported from/ })).toBeChecked();

	await page.getByRole('button', { name: 'Copy share link' }).click();
	const link = await page.getByTestId('share-link').inputValue();
	expect(link).toMatch(/\/classify\/#model=[A-Za-z0-9_-]+$/);

	const fresh = await browser.newContext();
	try {
		const other = await fresh.newPage();
		await other.goto(link);
		await expect(other.getByText('This page was opened from a shared link')).toBeVisible();
		await expect(other.getByTestId('model-summary')).toContainText('4 segments from “Wholesale customers”');
		await expect(other.getByTestId('row-count')).toHaveCount(0);
		await other.getByLabel('File to score').setInputFiles(fixture('data/wholesale-customers.csv'));
		await expect(other.getByTestId('scored-summary')).toContainText('440 of 440 rows of “wholesale-customers.csv” labelled');
		await expect(other.getByTestId('scored-rows').locator('tbody tr')).toHaveCount(20);
		const names = model.segments.map((s: { name: string }) => s.name);
		const firstName = await other.getByTestId('scored-rows').locator('tbody tr').first().locator('td').last().textContent();
		expect(names).toContain(firstName);
	} finally {
		await fresh.close();
	}
});

test('the labelled CSV has every row with its segment id and name', async ({ page }) => {
	await clusterWholesale(page, 3);
	const { download, text } = await downloaded(page, 'Download labelled CSV');
	expect(download.suggestedFilename()).toBe('wholesale-customers-segments.csv');
	const lines = text.trimEnd().split('\r\n');
	expect(lines[0]).toBe('Channel,Region,Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen,segment,segment_name');
	expect(lines).toHaveLength(441);
	const ids = new Set(lines.slice(1).map((line) => line.split(',')[8]));
	expect([...ids].sort()).toEqual(['0', '1', '2']);

	const summary = await downloaded(page, 'Download segment summary CSV');
	expect(summary.text.trimEnd().split('\r\n')).toHaveLength(4);
	await expect(page.getByRole('link', { name: 'Open the printable report' })).toHaveAttribute('href', /report\/$/);
});
