// Rasterises static/favicon.svg into the PWA icons with the system Chromium.
// Run once after changing the logo: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [file, size, pad] of [
	['icon-192.png', 192, 0],
	['icon-512.png', 512, 0],
	['maskable-512.png', 512, 0.2]
]) {
	// Maskable icons keep their content inside the central 80% safe zone on a full-bleed background.
	const inner = Math.round(size * (1 - pad));
	await page.setViewportSize({ width: size, height: size });
	await page.setContent(
		`<body style="margin:0;background:#1f4e79;display:grid;place-items:center;width:${size}px;height:${size}px">` +
			`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	await page.screenshot({ path: `static/icons/${file}`, omitBackground: pad === 0 });
}
await browser.close();
