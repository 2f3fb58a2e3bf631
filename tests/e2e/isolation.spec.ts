// The engine worker is held to the same "this origin only" policy as the page, whether the host sends
// security headers or not, and the app refuses to show the library inside someone else's frame.
import type { Page, Worker } from '@playwright/test';
import { expect, loadSample, openApp, test } from './fixtures';
import { startSink, startSite } from './servers';

async function engineWorker(page: Page): Promise<Worker> {
	await expect.poll(() => page.workers().some((w) => w.url().includes('engine.worker'))).toBe(true);
	return page.workers().find((w) => w.url().includes('engine.worker'))!;
}

/** Runs fetch(target) inside the worker; reports how it ended and which CSP directives it violated. */
function fetchFromWorker(worker: Worker, target: string) {
	return worker.evaluate(async (url) => {
		const violations: string[] = [];
		self.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
		let outcome: string;
		try {
			await fetch(url);
			outcome = 'sent';
		} catch (error) {
			outcome = String(error);
		}
		// The violation event is queued as its own task after the rejection.
		await new Promise((resolve) => setTimeout(resolve, 200));
		return { outcome, violations };
	}, target);
}

for (const headers of [true, false]) {
	const host = headers ? 'the host sends the headers' : 'the host sends none, the service worker adds them';
	test(`fetch() to another origin from the engine worker is blocked by CSP (${host}) @subpath`, async ({ browser }) => {
		const site = await startSite({ headers });
		const sink = await startSink();
		const context = await browser.newContext({ baseURL: site.url });
		try {
			const page = await context.newPage();
			await openApp(page);
			await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			const response = await page.reload();
			expect(response?.fromServiceWorker()).toBe(true);
			// Loading a sample starts the worker, and proves its own same-origin fetch still works.
			await loadSample(page, 'Wholesale customers');
			const result = await fetchFromWorker(await engineWorker(page), sink.url);
			expect(result.outcome).toMatch(/TypeError/);
			expect(result.violations).toContain('connect-src');
			expect(sink.hits).toEqual([]);
		} finally {
			await context.close();
			await sink.close();
			await site.close();
		}
	});
}

test('the page and the worker scripts carry frame-ancestors, X-Frame-Options and a worker CSP @subpath', async ({ page }) => {
	const response = await page.goto('./');
	expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
	expect(response?.headers()['x-frame-options']).toBe('DENY');
	await loadSample(page, 'Wholesale customers');
	const workerUrl = (await engineWorker(page)).url();
	const script = await page.request.get(workerUrl);
	expect(script.headers()['content-security-policy']).toMatch(/connect-src 'self'/);
});

/** A page on the app's own origin (same-site framing is the dangerous case) that frames the app. */
async function frameTheApp(page: Page, appUrl: string): Promise<void> {
	const framer = new URL('framing-test.html', appUrl).href;
	// On the context, so it also answers when the service worker passes the request on.
	await page.context().route(framer, (route) =>
		route.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe src="${appUrl}" width="900" height="600"></iframe>` })
	);
	await page.goto(framer);
}

test('framed by a same-origin page on a host without headers, the app shows a notice and opens no data @subpath', async ({ browser }) => {
	const site = await startSite({ headers: false });
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await frameTheApp(page, site.url);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('link', { name: /Open Segment Lab in its own tab/ })).toBeVisible();
		await expect(frame.getByText('Your datasets')).toHaveCount(0);
		await expect(frame.getByRole('button', { name: /Delete/ })).toHaveCount(0);
		const databases = await page.frames()[1].evaluate(() => indexedDB.databases());
		expect(databases).toEqual([]);
	} finally {
		await context.close();
		await site.close();
	}
});

test('framed on a host that sends the headers, the browser refuses to show the app @subpath', async ({ page, baseURL }) => {
	await frameTheApp(page, baseURL!);
	await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
	await expect(page.frameLocator('iframe').getByText('Your datasets')).toHaveCount(0);
});

test('framed after the service worker took over on a host without headers, the browser refuses it @subpath', async ({ browser }) => {
	const site = await startSite({ headers: false });
	const context = await browser.newContext({ baseURL: site.url });
	try {
		const page = await context.newPage();
		await openApp(page);
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await frameTheApp(page, site.url);
		await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
	} finally {
		await context.close();
		await site.close();
	}
});
