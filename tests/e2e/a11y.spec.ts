// axe-core (WCAG 2 A and AA rules) on every page of the workflow, with the Wholesale sample loaded,
// a sweep shown and a k-means run made: no serious or critical violation anywhere. The RFM page is
// checked on the Online Retail sample, where it has a form to show.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, loadSample, openApp, test } from './fixtures';

/** The serious and critical violations on the page as it is now, one line per failing element. */
async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`));
}

async function expectClean(page: Page, where: string): Promise<void> {
	expect(await seriousViolations(page), `axe on ${where}`).toEqual([]);
}

async function openStep(page: Page, link: string, heading: string | RegExp): Promise<void> {
	await page.getByRole('link', { name: link }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

// axe takes seconds on the chart-heavy pages: the workflow is split in three so no test runs long.
test('AxeBuilder.withTags([wcag2a, wcag2aa]) finds no serious or critical violation on Library, Data, Explore and Prepare', async ({ page }) => {
	test.setTimeout(150_000);
	await openApp(page);
	await expectClean(page, 'the empty library');
	await loadSample(page, 'Wholesale customers');
	await expectClean(page, 'Data');

	await openStep(page, 'Explore', 'Explore');
	await expect(page.locator('[data-chart-layer]').first()).toBeVisible();
	await expectClean(page, 'Explore');

	await openStep(page, 'Prepare', 'Prepare');
	await expect(page.getByTestId('recipe-text')).toBeVisible();
	await expectClean(page, 'Prepare');
});

test('AxeBuilder.withTags([wcag2a, wcag2aa]) finds no serious or critical violation on Choose k (sweep, dendrogram, k-distance plot)', async ({ page }) => {
	test.setTimeout(150_000);
	await loadSample(page, 'Wholesale customers');
	await openStep(page, 'Choose k', 'Choose k');
	await page.getByRole('spinbutton', { name: 'to k' }).fill('6');
	await page.getByRole('button', { name: 'Run sweep' }).click();
	await expect(page.getByTestId('recommendation')).toBeVisible();
	await expectClean(page, 'Choose k after a sweep');

	await page.getByRole('radio', { name: /^Hierarchical/ }).check();
	await page.getByRole('button', { name: 'Build the merge tree' }).click();
	await expect(page.getByRole('slider', { name: /^Cut line/ })).toBeVisible();
	await expectClean(page, 'Choose k with the dendrogram');

	await page.getByRole('radio', { name: /^DBSCAN/ }).check();
	await page.getByRole('button', { name: 'Suggest eps' }).click();
	await expect(page.getByRole('slider', { name: /eps/ })).toBeVisible();
	await expectClean(page, 'Choose k with the k-distance plot');
});

test('AxeBuilder.withTags([wcag2a, wcag2aa]) finds no serious or critical violation on Segments, Classify, Export, the report and the library after a k-means run', async ({ page }) => {
	test.setTimeout(150_000);
	await loadSample(page, 'Wholesale customers');
	await openStep(page, 'Choose k', 'Choose k');
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('4');
	await page.getByRole('button', { name: 'Cluster with k = 4' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);
	await expect(page.getByRole('group', { name: 'Segment profile heatmap', exact: true })).toBeVisible();
	await expectClean(page, 'Segments');

	await openStep(page, 'Classify', 'Classify');
	await expectClean(page, 'Classify');
	await page.getByRole('button', { name: 'Train KNN and Naive Bayes' }).click();
	await expect(page.getByTestId('accuracy-knn')).toBeVisible();
	await expectClean(page, 'Classify with trained models');

	await openStep(page, 'Export', 'Export');
	await expectClean(page, 'Export');

	await page.getByRole('link', { name: 'Open the printable report' }).click();
	await expect(page).toHaveURL(/\/report\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectClean(page, 'the report');

	await openApp(page);
	await expect(page.getByText('440 rows × 8 columns').first()).toBeVisible();
	await expectClean(page, 'the library with a dataset and a run');
});

test('AxeBuilder.withTags([wcag2a, wcag2aa]) finds no serious or critical violation on the RFM page', async ({ page }) => {
	await loadSample(page, 'Online Retail (20k transactions)');
	await page.getByTestId('rfm-link').getByRole('link', { name: /Turn transactions into customers/ }).click();
	await expect(page.getByTestId('rfm-summary')).toContainText('customers');
	await expectClean(page, 'RFM');
});
