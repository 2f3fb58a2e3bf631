// Keyboard only: each chart is one tab stop whose arrow keys move between points, Enter on "Run
// sweep" keeps focus, and the whole workflow (sample -> Prepare -> Choose k -> Segments) works with
// Tab, Shift+Tab, Enter, Space and the arrows, without a single mouse click.
import type { Locator, Page } from '@playwright/test';
import { expect, loadSample, openApp, test } from './fixtures';

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
	await expect(target).toBeVisible();
	for (let i = 0; i < max; i++) {
		if (await isFocused(target)) return;
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
	}
	expect(await isFocused(target), `focus reached ${target} within ${max} presses`).toBe(true);
}

const stepLink = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Workflow steps' }).getByRole('link', { name: new RegExp(`^${name}`) });

async function sweepWholesale(page: Page): Promise<void> {
	await loadSample(page, 'Wholesale customers');
	await stepLink(page, 'Choose k').click();
	await page.getByRole('spinbutton', { name: 'to k' }).fill('6');
	await page.getByRole('button', { name: 'Run sweep' }).click();
	await expect(page.getByTestId('recommendation')).toBeVisible();
}

test('LineChart with onselect on Choose k: one tab stop per chart, no point is a tab stop, arrows + Enter choose k', async ({ page }) => {
	await sweepWholesale(page);
	const charts = page.locator('[data-chart-layer][role="application"]');
	// The elbow chart and the five score panels (silhouette, Davies-Bouldin, Calinski-Harabasz, gap, stability).
	await expect(charts).toHaveCount(6);
	await expect(page.locator('[data-chart-layer] [tabindex]')).toHaveCount(0);
	for (const chart of await charts.all()) await expect(chart).toHaveAttribute('tabindex', '0');

	const elbow = page.getByRole('application', { name: /^Inertia by k/ });
	await elbow.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	const cursor = page.locator('[data-chart-cursor]').first();
	await expect(cursor).toHaveText(/^k = 3: Inertia [\d,.]+$/);
	await expect(page.locator('[data-chart-layer] .point.is-active[data-x="3"]').first()).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('spinbutton', { name: 'k', exact: true })).toHaveValue('3');
	await expect(cursor).toHaveText(/^k = 3: Inertia [\d,.]+ \(chosen/);
	await expect(elbow).toBeFocused();
	await page.keyboard.press('End');
	await page.keyboard.press(' ');
	await expect(page.getByRole('spinbutton', { name: 'k', exact: true })).toHaveValue('6');
});

test('Enter on "Run sweep" keeps keyboard focus on the button while the sweep runs and after it', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await stepLink(page, 'Choose k').click();
	await page.getByRole('spinbutton', { name: 'to k' }).fill('5');
	const run = page.getByRole('button', { name: 'Run sweep' });
	await run.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('sweep-row')).toHaveCount(5);
	await expect(page.getByTestId('recommendation')).toBeVisible();
	await expect(run).toBeFocused();
	expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
});

test('"Use" buttons of the sweep table name k = 1 in the singular', async ({ page }) => {
	await sweepWholesale(page);
	await expect(page.getByRole('button', { name: 'Cluster with 1 segment', exact: true })).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Cluster with 2 segments', exact: true })).toHaveCount(1);
	await expect(page.getByRole('button', { name: /with 1 segments/ })).toHaveCount(0);
});

test('keyboard only: load the sample, Prepare, sweep in Choose k, pick k = 4 with the arrows, cluster, see the profiles', async ({ page }) => {
	test.setTimeout(90_000);
	await openApp(page);
	await tabTo(page, page.getByRole('button', { name: 'Load Wholesale customers' }));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('row-count')).toHaveText('440');

	await tabTo(page, stepLink(page, 'Prepare'));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Prepare' })).toBeVisible();
	await tabTo(page, page.getByRole('button', { name: /^Apply all log1p suggestions/ }));
	await page.keyboard.press('Space');
	await expect(page.getByTestId('recipe-text')).toContainText('log1p applied');

	await tabTo(page, stepLink(page, 'Choose k'), { back: true });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Choose k' })).toBeVisible();
	await tabTo(page, page.getByRole('spinbutton', { name: 'to k' }));
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('6');
	await tabTo(page, page.getByRole('button', { name: 'Run sweep' }));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('sweep-row')).toHaveCount(6);
	await expect(page.getByTestId('recommendation')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Run sweep' })).toBeFocused();

	await tabTo(page, page.getByRole('application', { name: /^Inertia by k/ }));
	await page.keyboard.press('Home');
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	const cluster = page.getByRole('button', { name: 'Cluster with k = 4' });
	await expect(cluster).toBeVisible();
	await tabTo(page, cluster, { back: true });
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/segments\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Segments' })).toBeVisible();
	await expect(page.getByTestId('run-summary')).toContainText('440 customers in 4 segments');
	await expect(page.getByRole('group', { name: 'Segment profile heatmap', exact: true }).locator('[data-cell]')).not.toHaveCount(0);
	await expect(page.getByText(/^4 segments over 440 rows/)).toBeVisible();
});
