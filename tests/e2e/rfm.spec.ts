import { counts, expect, loadSample, test } from './fixtures';
import type { Page } from '@playwright/test';

async function openRfm(page: Page): Promise<void> {
	await loadSample(page, 'Online Retail (20k transactions)');
	await page.getByTestId('rfm-link').getByRole('link', { name: /Turn transactions into customers/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transactions to customers');
}

test('the Online Retail sample becomes a customer dataset of 3017 rows from the Data page link @subpath', async ({ page }) => {
	await openRfm(page);
	await expect(page.getByLabel('Customer id', { exact: true })).toHaveValue('CustomerID');
	await expect(page.getByLabel('Invoice (order) number', { exact: true })).toHaveValue('InvoiceNo');
	await expect(page.getByLabel('Invoice date', { exact: true })).toHaveValue('InvoiceDate');
	await expect(page.getByLabel('Quantity', { exact: true })).toHaveValue('Quantity');
	await expect(page.getByLabel('Unit price', { exact: true })).toHaveValue('UnitPrice');
	await expect(page.getByTestId('rfm-summary')).toContainText('3,017 customers');
	await expect(page.getByTestId('rfm-asof')).toContainText('2011-12-10');
	await expect(page.getByTestId('rfm-date-format')).toContainText('YYYY-MM-DD HH:mm:ss');
	await expect(page.getByTestId('dropped-missingCustomer')).toContainText(/^[1-9][\d,]* rows dropped$/);

	await page.getByRole('button', { name: 'Create customer dataset' }).click();
	await expect(page).toHaveURL(/\/data\/$/);
	await expect(page.getByTestId('row-count')).toHaveText('3017');
	expect((await counts(page)).columns).toBe(15);
	await expect(page.getByText(/RFM customer table from "Online Retail/)).toBeVisible();
	await expect(page.getByTestId('rfm-link')).toHaveCount(0);
});

test('the rules table flags an added rule that an earlier rule shadows', async ({ page }) => {
	await openRfm(page);
	const rules = page.getByTestId('rfm-rule');
	await expect(rules).toHaveCount(11);
	await expect(page.getByTestId('rule-unreachable')).toHaveCount(0);

	await page.getByRole('button', { name: 'Add rule' }).click();
	await expect(rules).toHaveCount(12);
	const added = rules.nth(11);
	await added.getByLabel('Segment name of rule 12').fill('VIP');
	for (const score of ['R', 'F', 'M']) {
		await added.getByLabel(`${score} of rule 12, from`).fill('5');
		await added.getByLabel(`${score} of rule 12, to`).fill('5');
	}
	await expect(added.getByTestId('rule-unreachable')).toContainText('rule 1 (Champions)');
	await expect(page.getByTestId('rule-unreachable')).toHaveCount(1);

	await page.getByRole('button', { name: 'Move rule 12 up' }).click();
	await expect(rules.nth(10).getByTestId('rule-unreachable')).toHaveCount(1);
	for (let i = 11; i > 1; i--) await page.getByRole('button', { name: `Move rule ${i} up` }).click();
	await expect(page.getByTestId('rule-unreachable')).toHaveCount(0);
	await expect(rules.first().getByLabel('Segment name of rule 1')).toHaveValue('VIP');
	await expect(rules.first().locator('td.num').last()).toHaveText(/^[1-9]/);
});

test('the customer dataset clusters, and its segment profiles take new names and notes that survive a reload', async ({ page }) => {
	await openRfm(page);
	await page.getByRole('button', { name: 'Create customer dataset' }).click();
	await expect(page.getByTestId('row-count')).toHaveText('3017');
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('4');
	await page.getByRole('button', { name: 'Cluster with k = 4' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);

	const cards = page.locator('[data-testid^="segment-profile-"]');
	await expect(cards).toHaveCount(4);
	const first = page.getByTestId('segment-profile-0');
	await expect(first).toContainText(/\d+ rows \(\d+\.\d%\)/);
	await expect(first.getByRole('table')).toContainText('monetary');
	const separation = page.getByTestId('separation-table');
	await expect(separation.locator('tbody tr')).toHaveCount(3);
	await expect(separation).toContainText('recency');

	const name = page.getByTestId('segment-name-0');
	await name.fill('Best customers');
	await name.press('Enter');
	await page.getByLabel('Notes', { exact: true }).first().fill('Invite to the spring preview');
	await page.getByLabel('Notes', { exact: true }).first().blur();
	await expect(first).toContainText('generated name');

	await page.reload();
	await expect(page.getByTestId('segment-name-0')).toHaveValue('Best customers');
	await expect(page.getByLabel('Notes', { exact: true }).first()).toHaveValue('Invite to the spring preview');
});
