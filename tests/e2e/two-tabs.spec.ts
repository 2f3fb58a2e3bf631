// Two tabs on one store (issue 11.2): a dataset deleted in tab A must not come back from tab B.
// B hears of the delete over a BroadcastChannel and closes the dataset at once; a tab that missed
// the message (simulated by a browser without BroadcastChannel) is stopped by the store itself,
// which checks in every write's transaction that the dataset still exists.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { storeKeys } from './storeProbe';

/** 60 customers, the last 10 rows exact copies of earlier ones. */
function shopCsv(): Buffer {
	const lines = ['spend,visits,age'];
	for (let i = 0; i < 50; i++) lines.push(`${(i * 37) % 500},${(i * 7) % 30},${20 + ((i * 13) % 50)}`);
	for (let i = 0; i < 10; i++) lines.push(lines[1 + i]);
	return Buffer.from(lines.join('\n'));
}

async function importShop(page: Page): Promise<string> {
	await openApp(page);
	await page.locator('input[type="file"]').setInputFiles({ name: 'shop.csv', mimeType: 'text/csv', buffer: shopCsv() });
	await expect(page.getByTestId('row-count')).toHaveText('60');
	const { datasets } = await storeKeys(page);
	expect(datasets).toHaveLength(1);
	return datasets[0];
}

/** A second tab of the app; it reopens the dataset the session points at. */
async function secondTab(context: BrowserContext, options: { broadcast: boolean }): Promise<Page> {
	const page = await context.newPage();
	if (!options.broadcast) await page.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
	await openApp(page);
	await expect(page.getByTestId('row-count')).toHaveText('60');
	return page;
}

async function sweep(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('button', { name: 'Run sweep' }).click();
	await expect(page.getByText(/Recommended k = \d+/)).toBeVisible({ timeout: 45_000 });
}

async function deleteInLibrary(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Segment Lab' }).click();
	await page.getByTestId('library-item').getByRole('button', { name: 'Delete', exact: true }).click();
	await page.getByRole('button', { name: 'Delete "shop"' }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(0);
}

const ownedBy = (id: string) => (key: string) => key.endsWith(`:${id}`);

test('deleting in tab A closes the dataset in tab B at once and deletes its runs, recipe and sweep', async ({ page: a, context }) => {
	const id = await importShop(a);
	await a.getByRole('link', { name: 'Prepare' }).first().click();
	await a.getByRole('radio', { name: /^Min-max/ }).check();
	await sweep(a);
	await a.getByRole('button', { name: /^Cluster with k = \d+$/ }).click();
	await expect(a).toHaveURL(/\/segments\/$/);
	const before = await storeKeys(a);
	expect(before.runOwners).toEqual([id]);
	expect(before.settings.filter(ownedBy(id)).sort()).toEqual([`recipe:${id}`, `sweep:${id}`]);

	const b = await secondTab(context, { broadcast: true });
	await b.getByRole('link', { name: 'Choose k' }).first().click();
	await deleteInLibrary(a);

	await expect(b.getByTestId('closed-notice')).toContainText('"shop" was deleted in another tab');
	await expect(b.getByText('No dataset is open')).toBeVisible();
	await expect(b.getByTestId('row-count')).toHaveCount(0);
	const after = await storeKeys(a);
	expect(after).toMatchObject({ datasets: [], columnOwners: [], runOwners: [] });
	expect(after.settings.filter(ownedBy(id))).toEqual([]);
});

test('a tab that missed the delete cannot cluster, remove duplicates or save a sweep under the deleted id', async ({ page: a, context }) => {
	const id = await importShop(a);
	const b = await secondTab(context, { broadcast: false });
	await b.getByRole('link', { name: 'Data', exact: true }).first().click();
	await expect(b.getByTestId('duplicate-count')).toContainText('10');
	await sweep(b);
	expect((await storeKeys(a)).settings).toContain(`sweep:${id}`);

	await deleteInLibrary(a);
	await expect(b.getByTestId('row-count')).toHaveText('60');

	await b.getByRole('button', { name: /^Cluster with k = \d+$/ }).click();
	await expect(b.getByRole('alert')).toContainText('This dataset was deleted in another tab; the run was not saved');
	await b.getByRole('button', { name: 'Run sweep' }).click();
	await expect(b.getByRole('alert')).toContainText('This dataset was deleted in another tab; the setting was not saved', { timeout: 45_000 });

	await b.getByRole('link', { name: 'Data', exact: true }).first().click();
	await b.getByRole('button', { name: 'Remove duplicates (as a new version)' }).click();
	await expect(b.getByRole('alert')).toContainText('This dataset was deleted in another tab; the new version was not saved');

	const after = await storeKeys(a);
	expect(after).toMatchObject({ datasets: [], columnOwners: [], runOwners: [] });
	expect(after.settings.filter(ownedBy(id))).toEqual([]);
	await openApp(b);
	await expect(b.getByText('No datasets yet')).toBeVisible();
});
