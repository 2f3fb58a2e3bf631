// Hostile model files and links (issue 11.4) and models that carry customers (issue 11.6): a broken
// model is refused in an alert naming the field, never leaving the previous page on screen; a link
// that inflates past 5 MB is stopped; a KNN model is exported without its rows unless the user ticks
// the box that says how many customers it holds.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { expect, fixture, loadSample, openApp, test } from './fixtures';

const valid = () => JSON.parse(readFileSync(fixture('models/small-model.json'), 'utf8'));
const link = (text: string) => `classify/#model=${deflateRawSync(Buffer.from(text)).toString('base64url')}`;

async function downloadJson(page: Page, button: string | RegExp): Promise<Record<string, unknown>> {
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	return JSON.parse(readFileSync((await (await pending).path())!, 'utf8'));
}

/** Lengths of every array anywhere in a JSON value. */
function arrayLengths(value: unknown): number[] {
	if (Array.isArray(value)) return [value.length, ...value.flatMap(arrayLengths)];
	if (value && typeof value === 'object') return Object.values(value).flatMap(arrayLengths);
	return [];
}

test('a hostile share link is refused in an alert and the Export page it came from is not left on screen', async ({ page }) => {
	await openApp(page, 'export/');
	await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
	const model = valid();
	delete model.dataset.rows;
	await page.goto(link(JSON.stringify(model)));
	await expect(page.getByRole('heading', { level: 1, name: 'Classify' })).toBeVisible();
	await expect(page.getByRole('alert')).toContainText('The shared link cannot be used: model.dataset.rows must be a whole number >= 0');
	await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toHaveCount(0);
	await expect(page.getByTestId('model-summary')).toHaveCount(0);
});

test('a link that inflates past 5 MB is stopped with a clear message', async ({ page }) => {
	await openApp(page);
	await page.goto(link(' '.repeat(8_000_000)));
	await expect(page.getByRole('alert')).toContainText('unpacks to more than 5 MB');
	await expect(page.getByTestId('model-summary')).toHaveCount(0);
});

test('a hostile model file on Export is refused naming the field; the page keeps working', async ({ page }) => {
	await openApp(page, 'export/');
	const input = page.getByLabel('Import model JSON');
	await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(valid())) });
	await expect(page.getByTestId('model-summary')).toContainText('2 segments from “small” (6 rows)');

	const hostile = { ...valid(), createdAt: {} };
	hostile.fitted.inputs[1] = null;
	await input.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
	await expect(page.getByRole('alert')).toContainText('“hostile.json” cannot be used: model.createdAt must be a date and time');

	const duplicate = valid();
	duplicate.fitted.inputs[1] = duplicate.fitted.inputs[0];
	duplicate.inputColumns[1] = duplicate.inputColumns[0];
	await input.setInputFiles({ name: 'twice.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(duplicate)) });
	await expect(page.getByRole('alert')).toContainText('model.fitted.inputs[1].column "spend" appears twice');
	await expect(page.getByRole('button', { name: 'Download model JSON' })).toBeEnabled();
});

test('a KNN model is exported without its customers by default; including them takes the box that says how many', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('3');
	await page.getByRole('button', { name: 'Cluster with k = 3' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);
	await page.getByRole('link', { name: 'Classify' }).first().click();
	await page.getByRole('button', { name: 'Train KNN and Naive Bayes' }).click();
	await expect(page.getByTestId('accuracy-knn')).toBeVisible();
	// The default model holds no customers: the run's nearest centroid.
	await expect(page.getByRole('radio', { name: 'Segments of the current run: nearest centroid' })).toBeChecked();
	await page.getByRole('radio', { name: /: KNN \(k = \d+\)$/ }).check();
	await expect(page.getByTestId('model-rows-note')).toContainText('holds its 440 training customers');

	await page.getByRole('link', { name: 'Export' }).first().click();
	const warning = page.getByTestId('knn-rows-warning');
	await expect(warning).toContainText('This KNN model contains the 440 training customers');
	const plain = await downloadJson(page, 'Download model JSON');
	expect(plain.classifier).toBeNull();

	await warning.getByRole('checkbox', { name: 'Include the 440 training customers in the file (KNN)' }).check();
	const full = await downloadJson(page, 'Download KNN model JSON with 440 customers');
	const { rows, cols } = full.classifier as { rows: number; cols: number };
	expect(full.classifier).toMatchObject({ kind: 'knn', rows: 440 });
	expect(arrayLengths(full)).toContain(rows * cols);
	expect(arrayLengths(plain)).not.toContain(rows * cols);
	await expect(warning).toContainText(`(${(rows * cols).toLocaleString('en-US')} numbers`);

	await page.getByRole('button', { name: 'Copy share link (nearest centre, no customers)' }).click();
	const shared = await page.getByTestId('share-link').inputValue();
	const json = JSON.parse(
		new TextDecoder().decode(
			await new Response(new Blob([Buffer.from(shared.split('#model=')[1], 'base64url')]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer()
		)
	);
	expect(json.classifier).toBeNull();
});
