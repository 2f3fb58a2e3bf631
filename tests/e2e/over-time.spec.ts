// Over time: a k = 3 run on a synthetic January (tests/fixtures/over-time, hand-worked moves in its
// README), then February and March scored as snapshots in the worker: the migration matrix, new and
// left customers and sizes per snapshot as worked out by hand; a customer typed into the form is
// scored at once and the counts change without a reload.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, fixture, importFile, openApp, test } from './fixtures';
import { storeKeys } from './storeProbe';

/** Full-page screenshots for looking at the page by hand: OVER_TIME_SHOTS=/tmp npx playwright test ... */
async function shot(page: Page, name: string): Promise<void> {
	if (!process.env.OVER_TIME_SHOTS) return;
	// From the top: the app's sticky table headers would otherwise be drawn where the scrolled view left them.
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: `${process.env.OVER_TIME_SHOTS}/${name}.png`, fullPage: true });
}

const month = (m: string) => fixture(`over-time/customers-${m}.csv`);

/** Imports January, clusters it with k = 3 and opens Over time; `open` false stays on the page as it is (a reload would ask a locked workspace's passphrase). */
async function clusterJanuary(page: Page, open = true): Promise<void> {
	if (open) await openApp(page);
	await importFile(page, month('jan'));
	await expect(page.getByTestId('row-count')).toHaveText('30');
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('3');
	await page.getByRole('button', { name: 'Cluster with k = 3' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);
	await page.getByRole('link', { name: 'Over time' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Over time' })).toBeVisible();
}

/** The matrix cell of customers in segment `from` before and `to` after ('left' / 'new' for the margins). */
const cell = (page: Page, from: number | 'new', to: number | 'left') => page.locator(`[data-testid="migration-matrix"] td[data-from="${from}"][data-to="${to}"] .count`);

async function expectMatrix(page: Page, rows: number[][]): Promise<void> {
	for (const [i, row] of rows.entries()) {
		for (const [j, count] of row.entries()) await expect(cell(page, i + 1, j < 3 ? j + 1 : 'left'), `row ${i + 1}, column ${j + 1}`).toHaveText(String(count));
	}
}

test('two snapshots scored with the run: matrix, new and left, sizes; a typed customer updates the counts', async ({ page }) => {
	await clusterJanuary(page);
	await expect(page.getByRole('combobox', { name: 'Customers matched on' })).toHaveValue('CustomerID');
	await expect(page.getByTestId('snapshot-labelled')).toHaveText(['30']);

	await page.getByTestId('snapshot-input').setInputFiles(month('feb'));
	await expect(page.getByTestId('snapshot-labelled')).toHaveText(['30', '31']);
	await expect(page.getByTestId('snapshot-invalid')).toHaveText('1 row');
	// January -> February, rows = segment before, columns = after, then Left.
	await expectMatrix(page, [
		[9, 1, 0, 2],
		[0, 7, 2, 1],
		[1, 0, 7, 0]
	]);
	await expect(page.getByTestId('new-count')).toHaveText('4');
	await expect(page.getByTestId('left-count')).toHaveText('3');
	await expect(page.getByTestId('left-ids')).toHaveText('C001, C002, C013');
	await expect(page.getByRole('img', { name: /^Flow of customers from/ })).toBeVisible();
	await shot(page, 'over-time-feb');

	await page.getByTestId('snapshot-input').setInputFiles(month('mar'));
	await expect(page.getByTestId('snapshot-labelled')).toHaveText(['30', '31', '31']);
	await expectMatrix(page, [
		[9, 0, 1, 1],
		[0, 9, 0, 0],
		[0, 0, 11, 0]
	]);
	await expect(page.getByTestId('new-count')).toHaveText('1');
	await expect(page.getByTestId('new-ids')).toHaveText('C036');
	await expect(page.getByTestId('left-count')).toHaveText('1');
	await expect(page.getByTestId('size-total')).toHaveText(['30', '31', '31']);

	// A big spender typed into the form lands in Segment 3 of March at once.
	const form = page.getByRole('form', { name: 'Customer to add' });
	await form.getByLabel('CustomerID').fill('C099');
	await form.getByLabel('Spend').fill('5000');
	await form.getByLabel('Visits').fill('30');
	await form.getByRole('button', { name: /^Score and add to/ }).click();
	await expect(page.getByTestId('new-count')).toHaveText('2');
	await expect(page.getByTestId('new-ids')).toHaveText('C036, C099');
	await expect(cell(page, 'new', 3)).toHaveText('1');
	await expect(page.getByTestId('size-total')).toHaveText(['30', '31', '32']);
	await shot(page, 'over-time-mar');
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

	// The same id twice is refused with the id named; nothing changes.
	await form.getByLabel('CustomerID').fill('C099');
	await form.getByLabel('Spend').fill('120');
	await form.getByLabel('Visits').fill('2');
	await form.getByRole('button', { name: /^Score and add to/ }).click();
	await expect(page.getByTestId('over-time-error')).toContainText('the customer id "C099" twice');
	await expect(page.getByTestId('size-total')).toHaveText(['30', '31', '32']);

	// Snapshots are stored with the run: a reload shows them again.
	await page.reload();
	await expect(page.getByTestId('size-total')).toHaveText(['30', '31', '32']);
	await page.setViewportSize({ width: 400, height: 900 });
	await shot(page, 'over-time-narrow');
});

test('snapshots are deleted with their run, and with their dataset', async ({ page }) => {
	const tracked = async () => (await storeKeys(page)).settings.filter((key) => key.startsWith('overtime-'));
	const addFebruary = async () => {
		await page.getByTestId('snapshot-input').setInputFiles(month('feb'));
		await expect(page.getByTestId('snapshot-labelled')).toHaveText(['30', '31']);
	};
	await clusterJanuary(page);
	await addFebruary();
	expect(await tracked()).toHaveLength(1);

	await page.getByRole('link', { name: 'Segments' }).first().click();
	await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
	await page.getByRole('button', { name: 'Really delete?' }).click();
	await expect.poll(tracked).toEqual([]);

	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('3');
	await page.getByRole('button', { name: 'Cluster with k = 3' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);
	await page.getByRole('link', { name: 'Over time' }).click();
	await addFebruary();
	expect(await tracked()).toHaveLength(1);
	await page.getByRole('link', { name: 'Library' }).click();
	await page.getByTestId('library-item').getByRole('button', { name: 'Delete', exact: true }).click();
	await page.getByRole('button', { name: 'Delete "customers-jan"' }).click();
	await expect(page.getByTestId('library-item')).toHaveCount(0);
	expect(await tracked()).toEqual([]);
});

test('in an encrypted workspace the stored snapshots are sealed: no customer id is readable in IndexedDB', async ({ page }) => {
	await openApp(page);
	const lock = page.getByRole('region', { name: 'Workspace lock' });
	await lock.getByRole('button', { name: 'Set a passphrase…' }).click();
	await lock.getByLabel(/^Passphrase/).fill('over time passphrase');
	await lock.getByLabel('Repeat it').fill('over time passphrase');
	await lock.getByRole('checkbox', { name: 'I understand that a lost passphrase means lost data' }).check();
	await lock.getByRole('button', { name: 'Encrypt workspace' }).click();
	await expect(lock.getByTestId('lock-status')).toContainText('Encrypted.');
	await clusterJanuary(page, false);
	await page.getByTestId('snapshot-input').setInputFiles(month('feb'));
	await expect(page.getByTestId('new-count')).toHaveText('4');

	const stored = await page.evaluate(
		() =>
			new Promise<{ sealed: boolean; text: string }[]>((resolve, reject) => {
				const open = indexedDB.open('segment-lab');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const store = open.result.transaction('settings').objectStore('settings');
					const request = store.getAll(IDBKeyRange.bound('overtime-', 'overtime-\uffff'));
					request.onsuccess = () => {
						open.result.close();
						const decoder = new TextDecoder();
						resolve(
							request.result.map((value) => ({
								sealed: value?.sealed?.data instanceof ArrayBuffer,
								text: JSON.stringify(value) + (value?.sealed?.data instanceof ArrayBuffer ? decoder.decode(value.sealed.data) : '')
							}))
						);
					};
				};
			})
	);
	expect(stored).toHaveLength(1);
	expect(stored[0].sealed).toBe(true);
	expect(stored[0].text).not.toContain('C031');
});
