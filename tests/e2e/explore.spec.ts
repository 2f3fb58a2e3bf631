import { expect, loadSample, test } from './fixtures';
import type { Page } from '@playwright/test';

async function openExplore(page: Page): Promise<void> {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Explore' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Explore' })).toBeVisible();
}

test('the correlation heatmap of Wholesale has 8 x 8 cells and Spearman changes them @subpath', async ({ page }) => {
	await openExplore(page);
	const cells = page.locator('svg[aria-label="Correlation heatmap"] rect[data-cell]');
	await expect(cells).toHaveCount(64);
	const milkGrocery = page.locator('svg[aria-label="Correlation heatmap"] rect[aria-label^="Milk vs Grocery:"]');
	await expect(milkGrocery).toHaveAttribute('aria-label', 'Milk vs Grocery: 0.73');
	await page.getByLabel('Spearman (ranks)').check();
	await expect(milkGrocery).not.toHaveAttribute('aria-label', 'Milk vs Grocery: 0.73');
	await expect(milkGrocery).toHaveAttribute('aria-label', /^Milk vs Grocery: 0\.\d\d$/);
	await page.getByLabel('Order by clustering').check();
	await expect(cells).toHaveCount(64);
});

test('Milk gets a histogram, Channel and Region bar charts of their values', async ({ page }) => {
	await openExplore(page);
	const picker = page.getByLabel('Column', { exact: true });
	await picker.selectOption('Milk');
	const bars = page.locator('svg[aria-label="Distribution of Milk"] rect[data-bin]');
	await expect(bars.first()).toBeVisible();
	expect(await bars.count()).toBeGreaterThan(3);
	await expect(page.locator('svg[aria-label="Box plot of Milk"] [data-part="outlier"]').first()).toBeAttached();

	await picker.selectOption('Channel');
	await expect(page.locator('svg[aria-label="Distribution of Channel"] [data-bar]')).toHaveCount(2);
	await page.getByRole('button', { name: 'Show Region in detail' }).click();
	await expect(page.locator('svg[aria-label="Distribution of Region"] [data-bar]')).toHaveCount(3);
});

test('a scatter of two columns and a pair plot are drawn', async ({ page }) => {
	await openExplore(page);
	await page.getByLabel('Horizontal (x)').selectOption('Milk');
	await page.getByLabel('Vertical (y)').selectOption('Grocery');
	await expect(page.locator('[aria-label="Scatter of Milk vs Grocery"]').first()).toBeVisible();
	await expect(page.locator('[data-pair="0,1"]')).toBeAttached();
});

test('Explore fits a 375 px wide phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await openExplore(page);
	await expect(page.locator('svg[aria-label="Correlation heatmap"] rect[data-cell]')).toHaveCount(64);
	await expect(page.locator('[data-pair="0,1"]')).toBeAttached();
	await expect(page.locator('svg[aria-label^="Scatter of"]')).toBeAttached();
	// Every element of the page's content, charts included, stays inside the viewport.
	const overflow = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const main = document.querySelector('main')!;
		let right = 0;
		for (const el of main.querySelectorAll('*')) right = Math.max(right, el.getBoundingClientRect().right);
		return { right: Math.ceil(right) - width, scroll: main.scrollWidth - main.clientWidth };
	});
	expect(overflow).toEqual({ right: expect.any(Number), scroll: 0 });
	expect(overflow.right).toBeLessThanOrEqual(0);
	const page375 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(page375, 'the whole page scrolls sideways').toBeLessThanOrEqual(0);
});
