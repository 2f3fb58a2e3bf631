// The PWA: installable, served by its service worker offline, and strictly same-origin.
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { counts, expect, loadSample, openApp, test } from './fixtures';

test('after one visit the app loads and works with the network off @subpath', async ({ page, context }) => {
	await openApp(page);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await loadSample(page, 'Wholesale customers');
	await context.setOffline(true);
	const response = await page.reload();
	expect(response?.fromServiceWorker()).toBe(true);
	expect(await counts(page)).toEqual({ rows: 440, columns: 8 });
	await page.getByRole('link', { name: 'Library' }).click();
	await expect(page.getByRole('heading', { name: 'Your datasets' })).toBeVisible();
	await page.goto('./explore/');
	await expect(page.locator('main h1')).toBeVisible();
	await context.setOffline(false);
});

test('the app passes Chromium installability checks @subpath', async ({ baseURL }, testInfo) => {
	// Chromium never offers installation in an incognito profile, which every ordinary test context is:
	// this check needs a real (temporary) profile.
	const profile = await mkdtemp(join(tmpdir(), 'segment-lab-profile-'));
	const context = await chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL });
	try {
		const page = await context.newPage();
		await openApp(page);
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		await checkManifest(page);
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
});

async function checkManifest(page: Page): Promise<void> {
	const manifest = await page.evaluate(async () => {
		const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
		return (await fetch(link!.href)).json();
	});
	expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);
}

test('a Content-Security-Policy keeps every connection on this origin', async ({ page, foreignRequests }) => {
	await openApp(page);
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toMatch(/default-src 'self'/);
	expect(csp).toMatch(/connect-src 'self'(;|$)/);
	const blocked = await page.evaluate(async () => {
		try {
			await fetch('https://example.com/collect');
			return false;
		} catch {
			return true;
		}
	});
	expect(blocked).toBe(true);
	// The attempt above was this test's own; the guard still checks everything the app did.
	const others = foreignRequests.filter((u) => u !== 'https://example.com/collect');
	foreignRequests.splice(0, foreignRequests.length, ...others);
});

test('the app says plainly that data stays on this device', async ({ page }) => {
	await openApp(page);
	await expect(page.getByText('Your data stays on this device').first()).toBeVisible();
	await expect(page.getByText(/Nothing is uploaded/)).toBeVisible();
});

test('after client-side navigation the manifest link still resolves to <base>/manifest.webmanifest, online and offline @subpath', async ({
	page,
	context,
	baseURL
}) => {
	await openApp(page);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.getByRole('link', { name: 'Explore' }).click();
	await expect(page).toHaveURL(/\/explore\/$/);
	const href = () => page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href);
	expect(await href()).toBe(new URL('manifest.webmanifest', baseURL).href);
	await checkManifest(page);
	await context.setOffline(true);
	await checkManifest(page);
	await context.setOffline(false);
});

test('offline, an unknown deep path shows the app, not a blank page @subpath', async ({ page, context }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await openApp(page);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await context.setOffline(true);
	const response = await page.goto('./segments/nope/deeper');
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('navigation', { name: 'Workflow steps' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	expect(errors).toEqual([]);
	await page.getByRole('link', { name: 'Go to your datasets' }).click();
	await expect(page.getByRole('heading', { name: 'Your datasets' })).toBeVisible();
	await context.setOffline(false);
});
