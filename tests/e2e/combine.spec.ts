import { counts, expect, fixture, importFile, loadSample, openApp, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Imports the customers file, then builds the RFM customer table from the Online Retail sample (it stays open). */
async function rfmWithCustomers(page: Page, customers: string): Promise<void> {
	await openApp(page);
	await importFile(page, fixture(customers));
	await expect(page.getByTestId('row-count')).toBeVisible();
	await loadSample(page, 'Online Retail (20k transactions)');
	await page.getByTestId('rfm-link').getByRole('link', { name: /Turn transactions into customers/ }).click();
	await expect(page.getByTestId('rfm-summary')).toContainText('3,017 customers');
	await page.getByRole('button', { name: 'Create customer dataset' }).click();
	await expect(page.getByTestId('row-count')).toHaveText('3017');
}

test('Combine joins the customers file onto the RFM table on CustomerID, shows the match and saves a new version', async ({ page }) => {
	await rfmWithCustomers(page, 'data/retail-customers.csv');
	const before = (await counts(page)).columns;
	await page.getByLabel('Add columns from').selectOption({ label: 'retail-customers (2,560 rows)' });
	await expect(page.getByLabel('Key in this dataset')).toHaveValue('CustomerID');
	await expect(page.getByLabel('Key in “retail-customers”')).toHaveValue('CustomerID');
	await page.getByRole('button', { name: 'Check the match' }).click();
	const report = page.getByTestId('join-report');
	await expect(report).toContainText('2,509 of 3,017 rows');
	await expect(report).toContainText('508 rows (508 keys: 12378, 12383');
	await expect(report).toContainText('51: 12558');
	await expect(report).toContainText('adds Region, SignupDate');

	await page.getByLabel('Only matched rows').check();
	await expect(report).toHaveCount(0);
	await page.getByRole('button', { name: 'Check the match' }).click();
	await expect(report).toContainText('2,509 rows; adds Region, SignupDate');
	await page.getByRole('button', { name: 'Create the combined dataset' }).click();
	await expect(page.getByTestId('row-count')).toHaveText('2509');
	expect((await counts(page)).columns).toBe(before + 2);
	await expect(page.getByText(/Inner join of "retail-customers" on CustomerID: 2509 of 3017 rows matched/)).toBeVisible();
	await expect(page.getByRole('status')).toContainText('Both original datasets are kept');
});

test('Combine refuses a customers file naming a key twice and keeps every dataset', async ({ page }) => {
	await rfmWithCustomers(page, 'bad/customers-duplicate-id.csv');
	await page.getByLabel('Add columns from').selectOption({ label: 'customers-duplicate-id (3 rows)' });
	await page.getByRole('button', { name: 'Check the match' }).click();
	await expect(page.getByTestId('join-error')).toHaveText(
		/"CustomerID" in "customers-duplicate-id" names the key "12347" twice \(data rows 1 and 3\)/
	);
	await expect(page.getByRole('button', { name: 'Create the combined dataset' })).toBeDisabled();
	await expect(page.getByTestId('row-count')).toHaveText('3017');
	await openApp(page);
	await expect(page.getByTestId('library-item')).toHaveCount(3);
});
