// Export's Pipeline section on Wholesale: the scikit-learn and Dask scripts download with the run's
// fitted values (centres, scaler centres) and column names, and, where /usr/bin/python3 has the
// packages, the downloaded scikit-learn script labels the sample exactly as the labelled CSV does.
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, fixture, loadSample, test } from './fixtures';

const python = '/usr/bin/python3';
const columns = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	const download = await pending;
	return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** The segment column (third from the end) of a CSV whose cells hold no commas or quotes in the columns read. */
function segmentColumn(text: string): string[] {
	return text
		.trimEnd()
		.split(/\r?\n/)
		.slice(1)
		.map((line) => {
			const cells = line.split(',');
			return cells[8];
		});
}

test('Pipeline downloads a scikit-learn and a Dask script holding the run’s centres and columns, and the first labels the sample as the app', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('3');
	await page.getByRole('button', { name: 'Cluster with k = 3' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);
	await page.getByRole('link', { name: 'Export' }).first().click();
	await expect(page.getByRole('heading', { level: 2, name: 'Pipeline' })).toBeVisible();

	const model = JSON.parse((await downloaded(page, 'Download model JSON')).text);
	const sklearn = await downloaded(page, 'Download scikit-learn script');
	expect(sklearn.name).toBe('wholesale-customers-sklearn-pipeline.py');
	const dask = await downloaded(page, 'Download Dask script');
	expect(dask.name).toBe('wholesale-customers-dask-pipeline.py');
	for (const script of [sklearn.text, dask.text]) {
		for (const name of columns) expect(script).toContain(`"column": "${name}"`);
		// Centres and scaler values are written with every digit JavaScript prints.
		expect(script).toContain(String(model.centroids[0][0]));
		expect(script).toContain(String(model.fitted.features[0].centre));
	}
	expect(sklearn.text).toContain('ColumnTransformer(');
	expect(dask.text).toContain('map_partitions');

	const labelled = await downloaded(page, 'Download labelled CSV');
	const ready = existsSync(python) && spawnSync(python, ['-c', 'import numpy, pandas, sklearn']).status === 0;
	test.skip(!ready && process.env.CI !== 'true', 'python3 with pandas and scikit-learn is not installed here');
	const dir = mkdtempSync(join(tmpdir(), 'segment-lab-e2e-pipeline-'));
	writeFileSync(join(dir, 'pipeline.py'), sklearn.text);
	const result = spawnSync(python, [join(dir, 'pipeline.py'), fixture('data/wholesale-customers.csv'), join(dir, 'out.csv')], { encoding: 'utf8' });
	expect(result.stderr).toBe('');
	expect(segmentColumn(readFileSync(join(dir, 'out.csv'), 'utf8'))).toEqual(segmentColumn(labelled.text));
});
