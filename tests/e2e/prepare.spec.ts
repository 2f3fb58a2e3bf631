import { expect, loadSample, test } from './fixtures';
import type { Page } from '@playwright/test';

const spend = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];

async function openPrepare(page: Page): Promise<void> {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Prepare' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Prepare' })).toBeVisible();
	await expect(page.getByTestId('recipe-text')).toBeVisible();
}

test('log1p from the suggestions with standard scaling is kept after a reload @subpath', async ({ page }) => {
	await openPrepare(page);
	const recipe = page.getByTestId('recipe-text');
	await expect(recipe).not.toContainText('log1p');
	await page.getByRole('button', { name: /^Apply all log1p suggestions \(6\)$/ }).click();
	for (const column of spend) await expect(recipe).toContainText(new RegExp(`${column}: [^.]*log1p applied`));
	await expect(recipe).not.toContainText(/Channel: [^.]*log1p/);
	await page.getByRole('radio', { name: /^Standard/ }).check();
	await expect(recipe).toContainText('standard scaler');
	await expect(page.locator('[data-suggestion="log1p"]')).toHaveCount(0);

	await page.reload();
	await expect(page.getByTestId('recipe-text')).toContainText('Milk: missing values replaced by the median; log1p applied.');
	await expect(page.getByTestId('recipe-text')).toContainText('standard scaler');
});

test('the prepared histogram of Milk changes when log1p is applied', async ({ page }) => {
	await openPrepare(page);
	await page.getByLabel('Column', { exact: true }).selectOption('Milk');
	const after = page.locator('svg[aria-label="Distribution of Milk after preparation"]');
	await expect(after.locator('rect[data-bin]').first()).toBeVisible();
	const before = await after.locator('rect[data-bin]').count();
	await page.locator('[data-feature="Milk"]').getByLabel(/log1p/).check();
	await expect(page.getByTestId('recipe-text')).toContainText(/Milk: [^.]*log1p applied/);
	await expect(after.locator('rect[data-bin]')).not.toHaveCount(before);
	await expect(page.getByTestId('prepared-summary')).toContainText('440 of 440 rows kept');
});

test('dropping outlier rows is counted, and leaving out features changes the feature count', async ({ page }) => {
	await openPrepare(page);
	const fresh = page.locator('[data-feature="Fresh"]');
	await fresh.getByLabel('Outliers').selectOption('iqr');
	await fresh.getByRole('combobox').last().selectOption('drop');
	await expect(page.getByTestId('prepared-summary')).toContainText(/of 440 rows kept, \d+ dropped/);
	await expect(page.getByText(/for outlier in Fresh/)).toBeVisible();
	// Channel (a code, not a default feature) enters one-hot: Channel=1 and Channel=2.
	await page.getByRole('checkbox', { name: /^Channel/ }).check();
	await expect(page.getByTestId('prepared-summary')).toContainText('8 features');
	await page.getByRole('checkbox', { name: /^Fresh/ }).uncheck();
	await expect(page.getByTestId('prepared-summary')).toContainText('7 features');
});

test('a run made with an earlier recipe is marked out of date once the recipe changes', async ({ page }) => {
	await openPrepare(page);
	await page.getByRole('radio', { name: /^Min-max/ }).check();
	await expect(page.getByTestId('recipe-text')).toContainText('min-max scaler');
	// A saved run made with the recipe as it is now, opened in the session (as Choose k / Segments do).
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('segment-lab');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const read = <T,>(key: string) =>
			new Promise<T>((resolve) => {
				const request = db.transaction('settings').objectStore('settings').get(key);
				request.onsuccess = () => resolve(request.result as T);
			});
		const session = await read<{ datasetId: string }>('session');
		const recipe = await read<object>(`recipe:${session.datasetId}`);
		const tx = db.transaction(['runs', 'settings'], 'readwrite');
		tx.objectStore('runs').put({ id: 'run-e2e', datasetId: session.datasetId, createdAt: Date.now(), recipeKey: JSON.stringify(recipe) });
		tx.objectStore('settings').put({ ...session, runId: 'run-e2e' }, 'session');
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	});
	await page.reload();
	await expect(page.getByTestId('recipe-text')).toContainText('min-max scaler');
	await expect(page.getByTestId('stale-notice')).toHaveCount(0);
	await page.getByRole('radio', { name: /^Robust/ }).check();
	await expect(page.getByTestId('stale-notice')).toContainText('Segments computed with an earlier recipe are out of date');
	await page.getByRole('radio', { name: /^Min-max/ }).check();
	await expect(page.getByTestId('stale-notice')).toHaveCount(0);
});
