// Columns named like Object.prototype's members (constructor, __proto__, toString, ...) are
// ordinary columns: Explore shows each one's own distribution.
import { writeFileSync } from 'node:fs';
import { expect, importFile, openApp, test } from './fixtures';

const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
/** Five differently shaped columns, so a view shown under the wrong name is visible. */
const value = [(i: number) => i, (i: number) => i * i, (i: number) => 1000 - 3 * i, (i: number) => (i % 4) * 50 + i, (i: number) => 2 ** (i % 12)];

test('Explore shows the own distribution of columns named constructor, __proto__, toString, hasOwnProperty, valueOf', async ({ page }, testInfo) => {
	const path = testInfo.outputPath('reserved.csv');
	const rows = Array.from({ length: 40 }, (_, i) => value.map((f) => f(i)).join(','));
	writeFileSync(path, [names.join(','), ...rows].join('\n') + '\n');
	await openApp(page);
	await importFile(page, path);
	await expect(page.getByTestId('column-count')).toHaveText('5');
	await page.getByRole('navigation', { name: 'Workflow steps' }).getByRole('link', { name: /Explore/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Explore' })).toBeVisible();

	const summaries: string[] = [];
	for (const name of names) {
		await page.getByLabel('Column', { exact: true }).selectOption(name);
		await expect(page.locator(`svg[aria-label="Distribution of ${name}"]`)).toBeVisible();
		const summary = page.locator(`dl[aria-label="Summary of ${name}"]`);
		await expect(summary).toBeVisible();
		summaries.push((await summary.innerText()).replace(/\s+/g, ' '));
	}
	expect(new Set(summaries).size).toBe(names.length);
	// The means of columns 0 and 2 are 19.5 and 941.5; each summary holds its own.
	expect(summaries[0]).toContain('19.5');
	expect(summaries[2]).toContain('941.5');
	for (const name of names) await expect(page.locator(`[data-column-card="${name}"] svg[aria-label="Overview of ${name}"]`)).toBeVisible();
});
