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
	expect(model).toMatchObject({ schema: 'segment-lab/model', version: 2, dataset: { name: 'Wholesale customers', rows: 440 } });
	expect(model.segments.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4]);

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

test('the labelled CSV has every row with its segment number (from 1) and name', async ({ page }) => {
	await clusterWholesale(page, 3);
	const { download, text } = await downloaded(page, 'Download labelled CSV');
	expect(download.suggestedFilename()).toBe('wholesale-customers-segments.csv');
	const lines = text.trimEnd().split('\r\n');
	expect(lines[0]).toBe('Channel,Region,Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen,segment,segment_name');
	expect(lines).toHaveLength(441);
	const numbers = new Set(lines.slice(1).map((line) => line.split(',')[8]));
	expect([...numbers].sort()).toEqual(['1', '2', '3']);

	const summary = await downloaded(page, 'Download segment summary CSV');
	expect(summary.text.trimEnd().split('\r\n')).toHaveLength(4);
	await expect(page.getByRole('link', { name: 'Open the printable report' })).toHaveAttribute('href', /report\/$/);
});

/** A count as the app prints it ("1,197") as a number. */
const count = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

test('the largest segment is Segment 1 with the same size on Segments, in Classify, in the labelled CSV and in the report', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('3');
	await page.getByRole('button', { name: 'Cluster with k = 3' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);

	// Segments page: the first profile is "Segment 1" and no other is larger.
	const first = page.getByTestId('segment-profile-0');
	await expect(first).toContainText('Segment 1 ·');
	const size = count(await first.locator('.size').textContent());
	const name = await page.getByTestId('segment-name-0').inputValue();
	expect(name.trim()).not.toBe('');
	for (const other of [1, 2]) {
		await expect(page.getByTestId(`segment-profile-${other}`)).toContainText(`Segment ${other + 1} ·`);
		expect(count(await page.getByTestId(`segment-profile-${other}`).locator('.size').textContent())).toBeLessThanOrEqual(size);
	}

	// Classify: the run's model scores the same file; segment 1 gets the same rows.
	await page.getByRole('link', { name: 'Classify' }).first().click();
	await page.getByLabel('File to score').setInputFiles(fixture('data/wholesale-customers.csv'));
	await expect(page.getByTestId('scored-summary')).toContainText('440 of 440 rows');
	const scoredRow = page.getByRole('row', { name: `Segment 1: ${name}` });
	expect(count(await scoredRow.locator('td').textContent())).toBe(size);

	// Export: the labelled CSV has that many rows with segment = 1, all with that name.
	await page.getByRole('link', { name: 'Export' }).first().click();
	const { text } = await downloaded(page, 'Download labelled CSV');
	const rows = text.trimEnd().split('\r\n').slice(1);
	const ones = rows.filter((line) => line.split(',')[8] === '1');
	expect(ones).toHaveLength(size);
	expect(ones.every((line) => line.includes(name.includes(',') ? `"${name}"` : name))).toBe(true);

	// The report calls it Segment 1 with the same size and name.
	await page.getByRole('link', { name: 'Open the printable report' }).click();
	const reported = page.getByTestId('report-segment-1');
	await expect(reported.getByRole('heading', { level: 3 })).toHaveText(name);
	await expect(reported.locator('.number')).toHaveText('1');
	expect(count(await reported.locator('.size').textContent())).toBe(size);
});
