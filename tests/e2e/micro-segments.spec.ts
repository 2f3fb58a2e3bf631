// Micro-segments (issue 12.5) on a generated table: 20,000 customers in 6 far-apart macro blobs,
// each made of 20 tight sub-blobs. Clustered with k = 120, the Segments page must show at most 10
// groups (not 120 of everything), drill into one to show only its segments, and come back; the
// profile cards come a page at a time, and the printed report shows the groups. Content only: speed is the bench's business, not a test's.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Serious or critical WCAG 2 A/AA violations on the page, as the a11y spec counts them. */
async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`));
}

/** Seeded generator (mulberry32), so the table is the same on every run. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** 6 macro centres 400 apart on 4 features, 20 sub-centres within ±30 of each, rows within ±2 of those. */
export function microBlobs(rows = 20_000, seed = 7): string {
	const next = random(seed);
	const macros = [
		[100, 100, 100, 100],
		[500, 100, 100, 500],
		[100, 500, 500, 100],
		[500, 500, 100, 100],
		[100, 100, 500, 500],
		[500, 500, 500, 500]
	];
	const subs = macros.flatMap((m) => Array.from({ length: 20 }, () => m.map((v) => v + (next() - 0.5) * 60)));
	const lines = ['CustomerID,Spend,Visits,Basket,Returns'];
	for (let i = 0; i < rows; i++) {
		const centre = subs[i % subs.length];
		lines.push([i + 1, ...centre.map((v) => (v + (next() - 0.5) * 4).toFixed(2))].join(','));
	}
	return lines.join('\n') + '\n';
}

async function clusterMicro(page: Page): Promise<void> {
	await openApp(page);
	await page.locator('input[type="file"]').setInputFiles({ name: 'micro-blobs.csv', mimeType: 'text/csv', buffer: Buffer.from(microBlobs()) });
	await expect(page.getByTestId('row-count')).toHaveText('20000');
	await page.getByRole('link', { name: 'Choose k' }).first().click();
	await page.getByRole('spinbutton', { name: 'k', exact: true }).fill('120');
	await page.getByRole('button', { name: 'Cluster with k = 120' }).click();
	await expect(page).toHaveURL(/\/segments\/$/, { timeout: 60_000 });
}

test('k = 120 on 6 macro blobs: Segments shows ≤ 10 groups, drills into one, shows its segments, goes back', async ({ page }) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 1440, height: 1000 });
	await clusterMicro(page);
	const groups = page.getByTestId('macro-groups');
	await expect(groups).toBeVisible({ timeout: 60_000 });
	await expect(groups.getByRole('heading', { level: 2 })).toHaveText('120 segments in 6 groups');
	const buttons = page.locator('[data-testid^="macro-group-"]');
	await expect(buttons).toHaveCount(6);
	// Every segment sits in exactly one group: the groups' segment counts add up to 120.
	const counts: number[] = [];
	for (let i = 0; i < 6; i++) counts.push(Number((await buttons.nth(i).textContent())!.match(/(\d+) segments:/)![1]));
	expect(counts.reduce((a, b) => a + b, 0)).toBe(120);
	// The scatter is coloured by group: 6 colours and one centre per group.
	const scatter = page.getByRole('group', { name: 'Segment scatter', exact: true }).locator('[data-segments-drawn]');
	await expect(scatter).toHaveAttribute('data-segments-drawn', '6', { timeout: 60_000 });
	await expect(scatter).toHaveAttribute('data-centroids-drawn', '6');
	await expect(page.getByRole('figure', { name: 'Group sizes' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Group profile heatmap' })).toBeVisible();
	// Profile cards come 12 at a time, never 120 at once.
	await expect(page.locator('[data-testid^="segment-profile-"]')).toHaveCount(12);
	await expect(page.getByRole('navigation', { name: 'Segment profile pages' })).toContainText('Showing 1–12 of 120 segments');
	await page.screenshot({ path: '/tmp/micro-grouped.png', fullPage: true });
	expect(await seriousViolations(page), 'grouped view').toEqual([]);

	// Drill in with the keyboard: focus the second group and press Enter.
	const second = buttons.nth(1);
	await second.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('drilled-group')).toHaveText(/^Group B: /);
	await expect(buttons).toHaveCount(0);
	// The group's own segments in colour (the 12 palette colours repeat past 12, with other marker shapes), its centres only.
	await expect(scatter).toHaveAttribute('data-segments-drawn', String(Math.min(12, counts[1])));
	await expect(scatter).toHaveAttribute('data-centroids-drawn', String(counts[1]));
	await expect(page.getByRole('figure', { name: 'Segment sizes' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Segment profile heatmap' })).toBeVisible();
	const legend = page.getByRole('group', { name: 'Segments: press to show or hide' });
	await expect(legend.getByRole('button', { name: /^Other groups/ })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Segment profile pages' })).toContainText(`of ${counts[1]} segments`);
	await expect(page.locator('[data-testid^="segment-profile-"]').first()).toContainText('Group B · Segment');
	await page.screenshot({ path: '/tmp/micro-drilled.png', fullPage: true });
	expect(await seriousViolations(page), 'drilled-in view').toEqual([]);

	// Focus moved to the way back; Enter there returns to the groups, focus on the group left.
	await expect(page.getByRole('button', { name: '← Back to all groups' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(buttons).toHaveCount(6);
	await expect(buttons.nth(1)).toBeFocused();
	await expect(scatter).toHaveAttribute('data-segments-drawn', '6');
	await expect(page.getByTestId('drilled-group')).toHaveCount(0);

	// The analyst can ask for another number of groups.
	await page.getByRole('spinbutton', { name: 'Groups' }).fill('3');
	await page.getByRole('button', { name: 'Regroup' }).click();
	await expect(groups.getByRole('heading', { level: 2 })).toHaveText('120 segments in 3 groups');
	await expect(buttons).toHaveCount(3);
	await page.getByRole('button', { name: 'Automatic (6)' }).click();
	await expect(buttons).toHaveCount(6);

	// At 375 px the groups, their controls and the pager wrap instead of widening the page.
	await page.setViewportSize({ width: 375, height: 800 });
	await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
	await page.setViewportSize({ width: 1440, height: 1000 });

	// The printable report shows the 6 groups, not 120 segment blocks.
	await page.getByRole('link', { name: 'Export' }).first().click();
	await page.getByRole('link', { name: 'Open the printable report' }).click();
	await expect(page.getByTestId('report-groups-note')).toContainText('120 segments in 6 groups');
	await expect(page.locator('[data-testid^="report-group-"]')).toHaveCount(6);
	await expect(page.locator('[data-testid^="report-segment-"]')).toHaveCount(0);
	await page.getByRole('region', { name: '3. The segments' }).screenshot({ path: '/tmp/micro-report.png' });
});
