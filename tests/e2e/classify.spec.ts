// Classify on Wholesale: KNN and Gaussian Naive Bayes trained on Channel from the six spend
// columns (as the scikit-learn reference), the KNN k curve, and one customer predicted through the
// form generated from the model's input columns.
import { readFileSync } from 'node:fs';
import { expect, fixture, loadSample, test } from './fixtures';

const reference = JSON.parse(readFileSync(fixture('reference/wholesale-standard.json'), 'utf8')) as {
	classifyChannel: { knnAccuracy: number; naiveBayesAccuracy: number };
};

test('KNN and Naive Bayes learn Channel (KNN ≈ 0.918 cross-validated) and the form predicts a customer @subpath', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Classify' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Classify' })).toBeVisible();

	await page.getByRole('radio', { name: /^A column/ }).check();
	await page.getByRole('combobox', { name: 'Column to predict' }).selectOption('Channel');
	// The reference predicts Channel from the six spend columns: Region is a code, so not a default feature.
	await expect(page.getByRole('checkbox', { name: 'Fresh' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Region' })).toHaveCount(0);
	await expect(page.getByRole('checkbox', { name: 'Channel' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Train KNN and Naive Bayes' }).click();
	await expect(page.getByTestId('accuracy-knn')).toBeVisible();

	const knn = Number(await page.getByTestId('accuracy-knn').textContent());
	expect(Math.abs(knn - reference.classifyChannel.knnAccuracy), `KNN accuracy ${knn}`).toBeLessThan(0.02);
	const bayes = Number(await page.getByTestId('accuracy-naive-bayes').textContent());
	expect(Math.abs(bayes - reference.classifyChannel.naiveBayesAccuracy), `Naive Bayes accuracy ${bayes}`).toBeLessThan(0.02);
	await expect(page.getByRole('img', { name: 'KNN accuracy by k' })).toBeVisible();
	await expect(page.getByText(/Chosen: k = \d+/)).toBeVisible();
	// One k everywhere: the card heading, the test-accuracy line, the Neighbours fact and the curve's mark.
	const knnCard = page.getByRole('article', { name: /^KNN \(k = \d+\)$/ });
	const k = (await knnCard.getAttribute('aria-label'))!.match(/k = (\d+)/)![1];
	await expect(knnCard.getByTestId('split-accuracy-label')).toContainText(`, k = ${k})`);
	await expect(knnCard.getByTestId('knn-k')).toContainText(`k = ${k} (best cross-validated accuracy on the 330 training rows only`);
	await expect(page.getByText(`Chosen: k = ${k}`)).toBeVisible();
	const shown = [...(await knnCard.innerText()).matchAll(/k = (\d+)/g)].map((m) => m[1]);
	expect(shown.length).toBeGreaterThanOrEqual(2);
	expect(new Set(shown)).toEqual(new Set([k]));
	await expect(page.getByRole('group', { name: /^Confusion matrix of KNN/ }).locator('[data-cell]')).toHaveCount(4);

	// A hotel-restaurant-café-like customer: much fresh food, little grocery or detergent.
	const customer = { Fresh: 30000, Milk: 2000, Grocery: 2500, Frozen: 6000, Detergents_Paper: 300, Delicassen: 1200 };
	const form = page.getByRole('form', { name: 'Customer to classify' });
	for (const [column, value] of Object.entries(customer)) await form.getByLabel(column, { exact: true }).fill(String(value));
	await form.getByRole('button', { name: 'Predict segment' }).click();
	await expect(page.getByTestId('predicted-segment')).toHaveText('1');
	await expect(page.getByRole('heading', { name: 'Nearest known customers' })).toBeVisible();

	// And a retail-like one.
	const retail = { Fresh: 3000, Milk: 12000, Grocery: 22000, Frozen: 800, Detergents_Paper: 10000, Delicassen: 1500 };
	for (const [column, value] of Object.entries(retail)) await form.getByLabel(column, { exact: true }).fill(String(value));
	await form.getByRole('button', { name: 'Predict segment' }).click();
	await expect(page.getByTestId('predicted-segment')).toHaveText('2');
});

test('a predicted customer can be added to the dataset as a new version', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Classify' }).first().click();
	await page.getByRole('radio', { name: /^A column/ }).check();
	await page.getByRole('combobox', { name: 'Column to predict' }).selectOption('Channel');
	await page.getByRole('button', { name: 'Train KNN and Naive Bayes' }).click();
	await expect(page.getByTestId('accuracy-knn')).toBeVisible();
	await page.getByRole('button', { name: 'Fill with an example' }).click();
	await page.getByRole('button', { name: 'Predict segment' }).click();
	await expect(page.getByTestId('predicted-segment')).toHaveText(/^[12]$/);
	await page.getByRole('button', { name: 'Add this customer to the dataset' }).click();
	await expect(page.getByText(/Saved as “Wholesale customers \(\+1 customer\)” \(441 rows\)/)).toBeVisible();
	await page.getByRole('button', { name: 'Open it' }).click();
	await expect(page.getByTestId('row-count')).toHaveText('441');
});
