// Shared browser-test setup. Every test gets a guard that fails it on any request to another origin:
// after load the app must never talk to anything but itself.
import { test as base, expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export const fixture = (relative: string) => fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));

export const test = base.extend<{ foreignRequests: string[] }>({
	foreignRequests: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			page.on('request', (request) => {
				const url = request.url();
				if (/^(data|blob):/.test(url)) return;
				if (new URL(url).origin !== origin) foreign.push(url);
			});
			await use(foreign);
			expect(foreign, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens the app at the library page and waits until the stored datasets have been read. */
export async function openApp(page: Page, path = './'): Promise<void> {
	await page.goto(path);
	await expect(page.locator('main')).not.toContainText('Opening your local library');
}

export async function loadSample(page: Page, name: 'Wholesale customers' | 'Online Retail (20k transactions)'): Promise<void> {
	await openApp(page);
	await page.getByRole('button', { name: `Load ${name}` }).click();
	await expect(page.getByTestId('row-count')).toBeVisible();
}

export async function importFile(page: Page, path: string): Promise<void> {
	await page.locator('input[type="file"]').setInputFiles(path);
}

/**
 * On Choose k: starts the default sweep, cancels it while it runs (the status says after how many k),
 * then runs k = 1..3 with one restart and waits for its rows and recommendation (a fresh engine worker
 * takes the sweep after a cancel).
 */
export async function cancelSweepThenRerun(page: Page, timeout?: number): Promise<void> {
	await page.getByRole('button', { name: 'Run sweep' }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Sweep cancelled after \d+ of 10/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
	await page.getByRole('spinbutton', { name: 'to k' }).fill('3');
	await page.getByRole('spinbutton', { name: 'Restarts' }).fill('1');
	await page.getByRole('button', { name: 'Run sweep' }).click();
	await expect(page.getByTestId('sweep-row')).toHaveCount(3, { timeout });
	await expect(page.getByText(/Recommended k = \d+/)).toBeVisible();
}

export async function counts(page: Page): Promise<{ rows: number; columns: number }> {
	return {
		rows: Number(await page.getByTestId('row-count').textContent()),
		columns: Number(await page.getByTestId('column-count').textContent())
	};
}
