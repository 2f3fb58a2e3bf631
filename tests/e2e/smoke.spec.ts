import { expect, test } from '@playwright/test';

test('the app shell loads @subpath', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { name: 'Segment Lab' })).toBeVisible();
});
