// Long column names on wide tables (issue 11.9), on SYNTHETIC look-alikes: cc-like.csv has the 18
// headers of the Kaggle credit-card table (17 features), wide-36.csv 36 long feature names that share
// their first words. Labels must stay distinct, never print over each other, keep the full name on
// hover, the printed report must show every feature on A4, and Classify's form must not widen the page.
import type { Locator, Page } from '@playwright/test';
import { expect, fixture, importFile, openApp, test } from './fixtures';

const ccFeatures = [
	'BALANCE', 'BALANCE_FREQUENCY', 'PURCHASES', 'ONEOFF_PURCHASES', 'INSTALLMENTS_PURCHASES', 'CASH_ADVANCE',
	'PURCHASES_FREQUENCY', 'ONEOFF_PURCHASES_FREQUENCY', 'PURCHASES_INSTALLMENTS_FREQUENCY', 'CASH_ADVANCE_FREQUENCY',
	'CASH_ADVANCE_TRX', 'PURCHASES_TRX', 'CREDIT_LIMIT', 'PAYMENTS', 'MINIMUM_PAYMENTS', 'PRC_FULL_PAYMENT', 'TENURE'
];
const wideFeatures = ['AVERAGE_MONTHLY_PURCHASES_AMOUNT', 'AVERAGE_MONTHLY_PURCHASES_COUNT', 'AVERAGE_MONTHLY_PAYMENTS_AMOUNT'].flatMap((m) =>
	Array.from({ length: 12 }, (_, i) => `${m}_MONTH_${String(i + 1).padStart(2, '0')}`)
);

/** Imports a fixture, clusters it with k-means (k = 4) and waits for the Segments page. */
async function clusterFixture(page: Page, file: string, rows: number): Promise<void> {
	await openApp(page);
	await importFile(page, fixture(file));
	await expect(page.getByTestId('row-count')).toHaveText(String(rows));
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('4');
	await page.getByRole('button', { name: 'Cluster with k = 4' }).click();
	await expect(page).toHaveURL(/\/segments\/$/);
	await expect(page.getByTestId('run-summary')).toContainText('k = 4');
}

type Point = [number, number];
interface DrawnLabel {
	full: string;
	shown: string;
	/** The text's own box, turned as it is drawn: four corners on the page. */
	corners: Point[];
	box: { left: number; right: number; top: number; bottom: number };
	clip: { left: number; right: number; top: number; bottom: number };
}

/** The labels and axis titles of a heatmap: full name (its `<title>`), the text drawn, its boxes and the box that clips it. */
function heatmapLabels(heatmap: Locator): Promise<DrawnLabel[]> {
	return heatmap.evaluate((svg) =>
		[...svg.querySelectorAll<SVGTextElement>('text.row-label, text.col-label, text.axis-title')].map((el) => {
			const b = el.getBBox();
			const m = el.getScreenCTM()!;
			const corners = [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]].map(([x, y]) => {
				const p = new DOMPoint(x, y).matrixTransform(m);
				return [p.x, p.y] as [number, number];
			});
			const shown = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
			const r = el.getBoundingClientRect();
			// The chart's scroll box (overflow) and the page both cut off what lies outside them.
			const container = svg.closest('.chart')!.getBoundingClientRect();
			const page = document.documentElement.getBoundingClientRect();
			return {
				full: el.querySelector('title')?.textContent ?? '',
				shown,
				corners,
				box: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
				clip: { left: Math.max(container.left, 0), right: Math.min(container.right, window.innerWidth, page.right), top: container.top, bottom: container.bottom }
			};
		})
	);
}

function overlaps(a: DrawnLabel['box'], b: DrawnLabel['box']): boolean {
	// Half a pixel of slack: anti-aliased glyph boxes of neighbouring rows may touch.
	return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
}

/** Whether two turned boxes overlap by more than half a pixel (separating-axis test on their edges). */
function quadsOverlap(a: Point[], b: Point[]): boolean {
	for (const quad of [a, b])
		for (let i = 0; i < 4; i++) {
			const [x1, y1] = quad[i];
			const [x2, y2] = quad[(i + 1) % 4];
			const len = Math.hypot(x2 - x1, y2 - y1) || 1;
			const axis: Point = [-(y2 - y1) / len, (x2 - x1) / len];
			const project = (q: Point[]) => q.map(([x, y]) => x * axis[0] + y * axis[1]);
			const pa = project(a);
			const pb = project(b);
			if (Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)) <= 0.5) return false;
		}
	return true;
}

function expectNoOverlap(labels: DrawnLabel[]): void {
	for (let i = 0; i < labels.length; i++)
		for (let j = i + 1; j < labels.length; j++)
			expect(quadsOverlap(labels[i].corners, labels[j].corners), `"${labels[i].shown}" overlaps "${labels[j].shown}"`).toBe(false);
}

test('profile heatmap with 36 long feature names: every name drawn once, distinct, no label over another, full name on hover', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await clusterFixture(page, 'data/wide-36.csv', 150);
	const heatmap = page.getByRole('group', { name: 'Segment means as z-scores by feature' });
	await expect(heatmap.locator('[data-cell]')).toHaveCount(4 * 36);
	const labels = await heatmapLabels(heatmap);
	const features = labels.filter((l) => wideFeatures.includes(l.full));
	expect(features.map((l) => l.full).sort()).toEqual([...wideFeatures].sort());
	expect(new Set(features.map((l) => l.shown)).size, `shown: ${features.map((l) => l.shown).join(' | ')}`).toBe(36);
	const all = labels.map((l) => l.shown);
	expect(new Set(all).size).toBe(all.length);
	expectNoOverlap(labels);
});

test('cc-like: segment and feature labels stay distinct everywhere they are shortened @subpath', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await clusterFixture(page, 'data/cc-like.csv', 200);
	const heatmap = page.getByRole('group', { name: 'Segment means as z-scores by feature' });
	await expect(heatmap.locator('[data-cell]')).toHaveCount(4 * 17);
	const labels = await heatmapLabels(heatmap);
	expect(labels.filter((l) => ccFeatures.includes(l.full))).toHaveLength(17);
	expect(new Set(labels.map((l) => l.shown)).size).toBe(labels.length);
	// Shortened or not, each bar of the segment sizes reads differently, and the separation table spells names out in full.
	const sizes = page.getByRole('img', { name: 'Customers per segment' });
	const bars = await sizes.locator('text.label').allTextContents();
	expect(bars).toHaveLength(4);
	expect(new Set(bars).size).toBe(bars.length);
	// Capitals are wider than the average letter: the labels must still start inside the chart.
	const chartLeft = (await sizes.boundingBox())!.x;
	for (const box of await sizes.locator('text.label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left)))
		expect(box).toBeGreaterThanOrEqual(chartLeft - 0.5);
	const table = page.getByTestId('separation-table');
	for (const name of ccFeatures) await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
});

test('printed report on A4: the profile heatmap shows all 17 features, no label cut off', async ({ page }) => {
	// Laid out on screen first, as a person would before pressing Print: charts measure the screen.
	await page.setViewportSize({ width: 1280, height: 900 });
	await clusterFixture(page, 'data/cc-like.csv', 200);
	await page.getByRole('link', { name: 'Export' }).first().click();
	await page.getByRole('link', { name: 'Open the printable report' }).click();
	const heatmap = page.getByRole('group', { name: 'Segment profile heatmap' });
	await expect(heatmap.locator('[data-cell]')).toHaveCount(4 * 17);

	// A4 is 210 mm = 794 CSS px wide; Chromium prints with about 10 mm margins, leaving ~718 px.
	await page.emulateMedia({ media: 'print' });
	await page.setViewportSize({ width: 718, height: 1000 });
	await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
	const labels = await heatmapLabels(heatmap);
	const features = labels.filter((l) => ccFeatures.includes(l.full));
	expect(features.map((l) => l.full).sort()).toEqual([...ccFeatures].sort());
	expect(new Set(labels.map((l) => l.shown)).size).toBe(labels.length);
	expectNoOverlap(labels);
	for (const l of labels) {
		expect(l.box.left, `"${l.full}" starts left of the page`).toBeGreaterThanOrEqual(l.clip.left - 0.5);
		expect(l.box.right, `"${l.full}" ends right of the page`).toBeLessThanOrEqual(l.clip.right + 0.5);
		expect(l.box.top, `"${l.full}" is cut at the top`).toBeGreaterThanOrEqual(l.clip.top - 0.5);
		expect(l.box.bottom, `"${l.full}" is cut at the bottom`).toBeLessThanOrEqual(l.clip.bottom + 0.5);
	}
	const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(pageWidth).toBeLessThanOrEqual(718);
});

for (const width of [1440, 375]) {
	test(`Classify at ${width} px with 17 long input names: labels wrap, nothing overlaps, the page never scrolls sideways`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await clusterFixture(page, 'data/cc-like.csv', 200);
		await page.getByRole('link', { name: 'Classify' }).first().click();
		const form = page.getByRole('form', { name: 'Customer to classify' });
		for (const name of ccFeatures) await expect(form.getByLabel(name, { exact: false }).first()).toBeVisible();
		const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
		expect(widths.scroll, `page is ${widths.scroll} px wide in a ${widths.viewport} px window`).toBeLessThanOrEqual(widths.viewport);
		const boxes = await form.locator('.field label').evaluateAll((els) =>
			els.map((el) => {
				const r = el.getBoundingClientRect();
				const field = el.parentElement!.getBoundingClientRect();
				return { text: el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom, scroll: el.scrollWidth, client: el.clientWidth, fieldRight: field.right };
			})
		);
		expect(boxes).toHaveLength(17);
		for (const b of boxes) expect(b.scroll, `"${b.text}" runs out of its label`).toBeLessThanOrEqual(b.client + 1);
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `"${boxes[i].text}" overlaps "${boxes[j].text}"`).toBe(false);
	});
}
