// Chart export: SVG with computed styles inlined (so the file looks the same outside the app) and
// PNG at 2x by drawing that SVG onto a canvas through a Blob URL (the CSP allows img-src blob:).
// Canvas layers (the big scatter) travel inside the SVG as an embedded PNG <image>, with the axes
// still vector. Nothing is fetched; fonts are the system's. Browser only; the pure half is exportSvg.ts.
import { composeSvg, exportFileName, inlineStyles, type LegendEntry, type Layer } from './exportSvg';

export { composeSvg, exportFileName, inlineStyles } from './exportSvg';

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Serialise one on-screen <svg> with computed styles inlined and explicit pixel size. */
export function serializeSvgElement(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone, (node) => getComputedStyle(node as unknown as Element));
	const box = svg.getBoundingClientRect();
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(r1(box.width)));
	clone.setAttribute('height', String(r1(box.height)));
	return new XMLSerializer().serializeToString(clone);
}

/**
 * Layers of a chart: every `[data-chart-layer]` <svg> or <canvas> inside `root`, in paint order,
 * then every HTML line marked `data-export-text` (panel headings, captions) as SVG text.
 */
export function collectLayers(root: HTMLElement): { layers: Layer[]; width: number; height: number } {
	const origin = root.getBoundingClientRect();
	const layers: Layer[] = [];
	let right = 0;
	let bottom = 0;
	for (const el of root.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg[data-chart-layer], canvas[data-chart-layer]')) {
		const box = el.getBoundingClientRect();
		if (box.width === 0 || box.height === 0) continue;
		const place = { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height };
		right = Math.max(right, place.x + place.width);
		bottom = Math.max(bottom, place.y + place.height);
		if (el instanceof HTMLCanvasElement) layers.push({ kind: 'image', ...place, href: el.toDataURL('image/png') });
		else layers.push({ kind: 'svg', ...place, markup: serializeSvgElement(el) });
	}
	for (const el of root.querySelectorAll<HTMLElement>('[data-export-text]')) {
		const box = el.getBoundingClientRect();
		const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
		if (!text || box.width === 0) continue;
		const style = getComputedStyle(el);
		const font = { size: parseFloat(style.fontSize) || 13, weight: style.fontWeight, color: style.color, family: style.fontFamily };
		const place = { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height };
		right = Math.max(right, place.x + place.width);
		bottom = Math.max(bottom, place.y + place.height);
		layers.push({ kind: 'text', ...place, text, font });
	}
	// Start at the first painted pixel: toolbars above the chart are not exported.
	const dx = Math.min(...layers.map((l) => l.x), right);
	const dy = Math.min(...layers.map((l) => l.y), bottom);
	for (const l of layers) {
		l.x -= dx;
		l.y -= dy;
	}
	return { layers, width: Math.max(1, right - dx), height: Math.max(1, bottom - dy) };
}

/** Legend entries marked `data-legend-item` with a `data-color` (and `aria-pressed` for toggles). */
export function collectLegend(root: HTMLElement): LegendEntry[] {
	return Array.from(root.querySelectorAll<HTMLElement>('[data-legend-item]')).map((el) => ({
		label: el.getAttribute('data-label') ?? el.textContent?.trim() ?? '',
		color: el.getAttribute('data-color') ?? '#888888',
		shown: el.getAttribute('aria-pressed') !== 'false'
	}));
}

/** The whole chart inside `root` as one standalone SVG document. */
export function chartToSvg(root: HTMLElement, title: string): { svg: string; width: number; height: number } {
	const { layers, width, height } = collectLayers(root);
	const svg = composeSvg(layers, { title, width, height, legend: collectLegend(root), fontFamily: getComputedStyle(root).fontFamily });
	const size = /width="(\d+)" height="(\d+)"/.exec(svg);
	return { svg, width: Number(size?.[1] ?? width), height: Number(size?.[2] ?? height) };
}

/** Rasterise an SVG document at `scale`x through a Blob URL and an <img>; resolves to a PNG blob. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('this browser cannot draw on a canvas');
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, width, height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Save `blob` as `fileName` through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Download the chart inside `root` as SVG or PNG, named after `title`. */
export async function downloadChart(root: HTMLElement, title: string, kind: 'svg' | 'png'): Promise<void> {
	const { svg, width, height } = chartToSvg(root, title);
	const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await svgToPng(svg, width, height, 2);
	downloadBlob(blob, exportFileName(title, kind));
}
