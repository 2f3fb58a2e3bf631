// Column meanings and the defaults that follow from them, on a synthetic marketing-like table (the
// headers of Kaggle's "Customer Personality Analysis", TAB separated, D-M-YYYY dates) and on Wholesale.
import type { Page } from '@playwright/test';
import { expect, fixture, importFile, loadSample, openApp, test } from './fixtures';

const outcomes = ['AcceptedCmp3', 'AcceptedCmp4', 'AcceptedCmp5', 'AcceptedCmp1', 'AcceptedCmp2', 'Complain', 'Response'];

async function importMarketing(page: Page): Promise<void> {
	await openApp(page);
	await importFile(page, fixture('data/marketing-like.tsv'));
	await expect(page.getByTestId('row-count')).toHaveText('60');
}

function columnRow(page: Page, name: string) {
	return page.getByTestId('column-row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

async function openPrepare(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Prepare' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Prepare' })).toBeVisible();
	await expect(page.getByTestId('prepared-summary')).toBeVisible();
}

test('marketing: outcomes are labels, ID an id, Dt_Customer a date, as the Data step shows', async ({ page }) => {
	await importMarketing(page);
	for (const name of outcomes) {
		const row = columnRow(page, name);
		await expect(row.getByRole('combobox', { name: `Meaning of ${name}` })).toHaveValue('outcome');
		await expect(row.getByRole('combobox', { name: `Role of ${name}` })).toHaveValue('label');
	}
	await expect(columnRow(page, 'ID').getByRole('combobox', { name: 'Role of ID' })).toHaveValue('id');
	await expect(columnRow(page, 'Dt_Customer').getByRole('combobox', { name: 'Type of Dt_Customer' })).toHaveValue('datetime');
	await expect(columnRow(page, 'Dt_Customer').getByRole('combobox', { name: 'Meaning of Dt_Customer' })).toHaveValue('date');
	await expect(columnRow(page, 'MntWines').getByRole('combobox', { name: 'Meaning of MntWines' })).toHaveValue('spend');
	await expect(columnRow(page, 'Kidhome').getByRole('combobox', { name: 'Meaning of Kidhome' })).toHaveValue('demographic');
});

test('marketing: changing a meaning re-derives the role, and the choice survives a reload', async ({ page }) => {
	await importMarketing(page);
	const row = columnRow(page, 'Complain');
	await row.getByRole('combobox', { name: 'Meaning of Complain' }).selectOption('flag');
	await expect(row.getByRole('combobox', { name: 'Role of Complain' })).toHaveValue('feature');
	await page.reload();
	await expect(columnRow(page, 'Complain').getByRole('combobox', { name: 'Meaning of Complain' })).toHaveValue('flag');
});

test('marketing: outcomes are not default features; Dt_Customer becomes a days-since feature on the Prepare page', async ({ page }) => {
	await importMarketing(page);
	await openPrepare(page);
	const recipe = page.getByTestId('recipe-text');
	await expect(recipe).toContainText('MntWines');
	for (const name of [...outcomes, 'ID', 'Dt_Customer']) {
		await expect(recipe).not.toContainText(`${name}:`);
		await expect(page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) })).not.toBeChecked();
	}
	await expect(page.locator('label', { has: page.getByRole('checkbox', { name: /^Response/ }) })).toContainText('role label (outcome)');

	const date = page.getByRole('checkbox', { name: /^Dt_Customer/ });
	await expect(page.locator('label', { has: date })).toContainText('use as feature: days since');
	await date.check();
	await expect(recipe).toContainText('Dt_Customer: days since each date until the day after the latest date');
	await page.locator('details').filter({ hasText: 'Feature columns' }).locator('summary').click();
	await expect(page.getByTestId('prepare-error')).toHaveCount(0);
	await expect(page.locator('.features')).toContainText('Dt_Customer: days since');
});

test('marketing: "Apply all suggestions" leaves 0/1 columns the analyst includes varying', async ({ page }) => {
	await importMarketing(page);
	await openPrepare(page);
	for (const name of ['AcceptedCmp3', 'AcceptedCmp4', 'Complain', 'Response']) await page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).check();
	await expect(page.getByTestId('recipe-text')).toContainText('Response:');
	await expect(page.locator('[data-suggestion="outliers"]').filter({ hasText: /AcceptedCmp|Complain|Response/ })).toHaveCount(0);
	await page.getByRole('button', { name: /^Apply all suggestions/ }).click();
	const recipe = page.getByTestId('recipe-text');
	for (const name of ['AcceptedCmp3', 'AcceptedCmp4', 'Complain', 'Response']) await expect(recipe).not.toContainText(new RegExp(`${name}: [^.]*(clipped|outliers)`));
	await page.locator('details').filter({ hasText: 'Feature columns' }).locator('summary').click();
	for (const name of ['AcceptedCmp3', 'AcceptedCmp4', 'Complain', 'Response']) await expect(page.locator('.features')).toContainText(name);
	await expect(page.getByText(/(AcceptedCmp|Complain|Response)\w* left out/)).toHaveCount(0);
});

test('wholesale: Channel and Region are codes, not default features, and one-hot when ticked', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	for (const name of ['Channel', 'Region']) {
		await expect(columnRow(page, name).getByRole('combobox', { name: `Meaning of ${name}` })).toHaveValue('code');
		await expect(columnRow(page, name).getByRole('combobox', { name: `Role of ${name}` })).toHaveValue('ignore');
	}
	await openPrepare(page);
	await expect(page.getByTestId('prepared-summary')).toContainText('6 features');
	await expect(page.getByTestId('recipe-text')).not.toContainText('Channel');
	await page.getByRole('checkbox', { name: /^Region/ }).check();
	await expect(page.getByTestId('prepared-summary')).toContainText('9 features');
	await page.locator('details').filter({ hasText: 'Feature columns' }).locator('summary').click();
	for (const code of [1, 2, 3]) await expect(page.locator('.features')).toContainText(`Region=${code}`);
});
