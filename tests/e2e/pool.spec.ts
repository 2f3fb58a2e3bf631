// A k-means run large enough for the shard pool (60,000 generated rows): the engine worker clusters
// through its nested shard workers, the run summary says how many, and the segment sizes equal the
// single-thread path's (runSegmentation in Node on the same file, recipe and seed); the Segments
// page's PCA projection, also computed over the pool, gives the single-thread variance shares. A
// sweep on the same rows runs its jobs (each k, the gap statistic, stability) on the pool's workers
// and shows the scores and the recommendation of sweep() in one thread. The Data step's column summary
// of the import, summarised on the pool's workers while the table was stored, shows summarizeColumn's figures.
import type { TestInfo } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { createRandom } from '../../src/lib/engine/random';
import { importBlob } from '../../src/lib/engine/io/import';
import { defaultRecipe } from '../../src/lib/engine/prep/defaultRecipe';
import { prepare } from '../../src/lib/engine/prep/prepare';
import { runSegmentation } from '../../src/lib/engine/results/runSegmentation';
import { segmentProjection } from '../../src/lib/engine/views/segmentProjection';
import { sweep } from '../../src/lib/engine/cluster/sweep';
import { formatCount, formatNumber } from '../../src/lib/format';
import { summarizeColumn } from '../../src/lib/engine/stats/summarizeColumn';
import { cancelSweepThenRerun, expect, importFile, openApp, test } from './fixtures';

const rows = 60_000;

/** Four overlapping groups of customers over four spend-like columns, from a fixed seed. */
function generatedCsv(): string {
	const random = createRandom(2026);
	const gauss = () => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
	const lines = ['customer,fresh,grocery,visits,basket'];
	for (let i = 0; i < rows; i++) {
		const g = random.int(4);
		const values = [40 + 25 * g + 18 * gauss(), 90 - 20 * g + 15 * gauss(), 6 + 3 * (g % 2) + 2 * gauss(), 30 + 10 * g * (g % 3) + 12 * gauss()];
		lines.push(`C${i},${values.map((v) => v.toFixed(2)).join(',')}`);
	}
	return lines.join('\n') + '\n';
}

function writeCsv(testInfo: TestInfo, csv: string): string {
	const path = testInfo.outputPath('pool-60k.csv');
	writeFileSync(path, csv);
	return path;
}

test('k-means on 60,000 rows runs on the shard pool and gives the single-thread sizes', async ({ page }, testInfo) => {
	test.setTimeout(180_000);
	const csv = generatedCsv();
	const path = writeCsv(testInfo, csv);
	const { table } = await importBlob(new Blob([csv]), { fileName: 'pool-60k.csv' });
	const expected = runSegmentation(table, defaultRecipe(table), { algorithm: 'kmeans', k: 4, seed: 42, restarts: 10 });

	await openApp(page);
	await importFile(page, path);
	await expect(page.getByTestId('row-count')).toHaveText(/60,?000/);
	// The Data step's column summary, computed on the pool's workers while the table was stored.
	const fresh = summarizeColumn(table.columns.find((c) => c.name === 'fresh')!);
	const row = page.getByTestId('column-row').filter({ has: page.getByRole('rowheader', { name: 'fresh' }) });
	const cells = row.locator('td.num');
	await expect(cells.nth(0)).toHaveText(formatCount(fresh.count));
	await expect(cells.nth(3)).toHaveText(formatNumber(fresh.mean!));
	await expect(cells.nth(7)).toHaveText(formatNumber(fresh.median!));
	await expect(cells.nth(9)).toHaveText(formatNumber(fresh.max!));
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Choose k' })).toBeVisible();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('4');
	await page.getByRole('button', { name: 'Cluster with k = 4' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);

	// Chromium reports the machine's cores; the pool takes them up to 4 (2 here), never 0 for this size.
	const workers = page.getByTestId('run-workers');
	await expect(workers).toBeVisible({ timeout: 120_000 });
	expect(Number(await workers.getAttribute('data-workers'))).toBeGreaterThanOrEqual(2);
	const cards = page.locator('[data-testid^="segment-profile-"] strong.size');
	await expect(cards).toHaveCount(4);
	const sizes = (await cards.allTextContents()).map((t) => Number(t.replace(/\D/g, '')));
	expect(sizes).toEqual(expected.sizes);

	// The PCA projection is computed over the same pool (pcaPooled); its variance shares equal one thread's.
	const [pc1, pc2] = segmentProjection(prepare(table, defaultRecipe(table)).X, expected).explained.map((r) => `${(r * 100).toFixed(1)}% of variance`);
	await expect(page.getByRole('img', { name: `Customers by segment: PC2 (${pc2}) against PC1 (${pc1})` })).toBeVisible({ timeout: 60_000 });
});

test('a sweep on 60,000 rows runs its jobs on the pool and shows the single-thread scores and pick', async ({ page }, testInfo) => {
	test.setTimeout(180_000);
	const csv = generatedCsv();
	const path = writeCsv(testInfo, csv);
	const { table } = await importBlob(new Blob([csv]), { fileName: 'pool-60k.csv' });
	const expected = sweep(prepare(table, defaultRecipe(table)).X, { kmin: 2, kmax: 5, restarts: 2 });

	await openApp(page);
	await importFile(page, path);
	await expect(page.getByTestId('row-count')).toHaveText(/60,?000/);
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Choose k' })).toBeVisible();
	await page.getByRole('spinbutton', { name: 'From k' }).fill('2');
	await page.getByRole('spinbutton', { name: 'to k' }).fill('5');
	await page.getByRole('spinbutton', { name: 'Restarts' }).fill('2');
	await page.getByRole('button', { name: 'Run sweep' }).click();
	await expect(page.getByText(`Recommended k = ${expected.recommendedK}`)).toBeVisible({ timeout: 120_000 });
	await expect(page.getByTestId('sweep-row')).toHaveCount(4);
	for (const row of expected.rows) {
		const cells = page.locator(`[data-testid="sweep-row"][data-k="${row.k}"]`);
		await expect(cells).toContainText(formatNumber(row.silhouette!, 3));
		await expect(cells).toContainText(formatNumber(row.calinskiHarabasz!, 3));
	}
});

test('a sweep on the pool can be cancelled, and the next one runs', async ({ page }, testInfo) => {
	test.setTimeout(180_000);
	const path = writeCsv(testInfo, generatedCsv());
	await openApp(page);
	await importFile(page, path);
	await expect(page.getByTestId('row-count')).toHaveText(/60,?000/);
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	// A fresh engine worker (and pool) takes the next sweep.
	await cancelSweepThenRerun(page, 120_000);
});
