// Gaussian mixture end to end on Wholesale: chosen on Choose k, BIC and AIC per k drawn with the
// lowest BIC suggested, a run made with that k, its soft membership on Segments (how clear-cut,
// the least clear-cut customers, one customer's probabilities), and the labelled CSV with one
// probability column per segment summing to 1 on every row.
import { readFileSync } from 'node:fs';
import { expect, loadSample, test } from './fixtures';

test('Gaussian mixture: BIC/AIC chart and suggested k, soft membership on Segments, probabilities in the labelled CSV', async ({ page }) => {
	await loadSample(page, 'Wholesale customers');
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('radio', { name: /^Gaussian mixture/ }).check();
	await page.getByRole('radio', { name: 'Diagonal' }).check();
	await page.getByRole('button', { name: 'Compute BIC and AIC' }).click();

	const table = page.getByRole('table', { name: 'BIC and AIC per k' });
	await expect(table.locator('tbody tr')).toHaveCount(8);
	await expect(page.getByRole('group', { name: 'BIC and AIC by k' })).toBeVisible();
	const suggestion = page.getByTestId('gmm-suggestion');
	await expect(suggestion).toContainText(/Suggested k = \d+ \(lowest BIC\)/);
	const k = Number((await suggestion.locator('strong').textContent())!.trim());
	expect(k).toBeGreaterThanOrEqual(1);
	await expect(page.locator(`[data-marked="${k}"]`)).toHaveCount(1);
	await page.screenshot({ path: '/tmp/gmm/choose-k.png', fullPage: true });

	await page.getByRole('button', { name: `Run Gaussian mixture with k = ${k}` }).click();
	await expect(page).toHaveURL(/\/segments\/$/);
	await expect(page.getByRole('heading', { name: 'Soft membership' })).toBeVisible();
	await expect(page.getByTestId('soft-summary')).toContainText(/Mean highest probability \d\.\d{3}/);
	await expect(page.getByRole('group', { name: 'Histogram of the highest segment probability' }).or(page.getByRole('img', { name: 'Histogram of the highest segment probability' }))).toBeVisible();

	const uncertain = page.getByRole('table', { name: 'Least clear-cut customers' });
	await uncertain.getByRole('button', { name: /^Show row \d+$/ }).first().click();
	const bars = page.getByRole('list', { name: /^Probability of each segment for row \d+$/ });
	await expect(bars.locator('li')).toHaveCount(k);
	const shown = await bars.locator('[data-probability]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-probability'))));
	expect(shown.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
	// A customer picked by row number: row 1 of the table.
	await page.getByRole('spinbutton', { name: 'Row number of the customer' }).fill('1');
	await page.getByRole('button', { name: 'Show', exact: true }).click();
	await expect(page.getByTestId('picked-row')).toContainText('Row 1');
	await page.screenshot({ path: '/tmp/gmm/segments.png', fullPage: true });

	await page.getByRole('link', { name: 'Export' }).first().click();
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download labelled CSV' }).click();
	const text = readFileSync((await (await pending).path())!, 'utf8');
	const lines = text.trimEnd().split('\r\n');
	const header = lines[0].split(',');
	const columns = Array.from({ length: k }, (_, c) => header.indexOf(`probability_segment_${c + 1}`));
	expect(columns.every((c) => c > 0)).toBe(true);
	expect(lines).toHaveLength(441);
	// The probability columns come last and the columns before the segment name hold plain numbers;
	// the name between them may be quoted with commas, so each row is read from both ends.
	expect(columns).toEqual(Array.from({ length: k }, (_, c) => header.length - k + c));
	const segment = header.indexOf('segment');
	for (const line of lines.slice(1)) {
		const cells = line.split(',');
		const p = cells.slice(-k).map(Number);
		expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
		expect(Number(cells[segment])).toBe(p.indexOf(Math.max(...p)) + 1);
	}
});
