// The pure half of chart export: which computed styles to inline, the parallel tree walk that
// inlines them, and composing positioned layers into one standalone SVG document. Small interfaces
// instead of DOM types, so all of it is tested without a browser; exportChart.ts is the DOM glue.
import { slugify } from './format';

/** Computed-style properties copied inline: everything that changes how SVG paints. */
export const exportedProperties = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility'
] as const;

/** Initial values of the properties above; equal values are left out to keep files small. */
const initialValues: Record<string, string> = {
	'fill-opacity': '1',
	'stroke-opacity': '1',
	'stroke-dasharray': 'none',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	opacity: '1',
	'font-style': 'normal',
	'text-anchor': 'start',
	'dominant-baseline': 'auto',
	'paint-order': 'normal',
	visibility: 'visible'
};

/** What `getComputedStyle` returns, as far as export needs it. */
export interface StyleSource {
	getPropertyValue(name: string): string;
}

/** The element methods the tree walk needs (a real DOM Element satisfies it). */
export interface NodeLike {
	readonly children: ArrayLike<NodeLike>;
	getAttribute(name: string): string | null;
	setAttribute(name: string, value: string): void;
	hasAttribute(name: string): boolean;
	remove(): void;
}

/** Inline `style` text for one element: exported properties whose value is not the initial one. */
export function styleDeclarations(style: StyleSource, properties: readonly string[] = exportedProperties): string {
	const out: string[] = [];
	for (const name of properties) {
		const value = style.getPropertyValue(name).trim();
		if (value === '' || initialValues[name] === value) continue;
		out.push(`${name}:${value}`);
	}
	return out.join(';');
}

/**
 * Copy computed styles of `source` and its descendants onto the matching nodes of `clone` (a deep
 * clone of `source`). Nodes marked `data-export-ignore` (tooltips, brush handles) are removed.
 */
export function inlineStyles(source: NodeLike, clone: NodeLike, getStyle: (node: NodeLike) => StyleSource): void {
	const text = styleDeclarations(getStyle(source));
	const own = clone.getAttribute('style');
	// Keep inline styles the component set itself; they already win over any class rule.
	if (text || own) clone.setAttribute('style', own ? `${text};${own}` : text);
	const sourceKids = Array.from(source.children);
	const cloneKids = Array.from(clone.children);
	for (let i = 0; i < sourceKids.length; i++) {
		if (sourceKids[i].hasAttribute('data-export-ignore')) cloneKids[i].remove();
		else inlineStyles(sourceKids[i], cloneKids[i], getStyle);
	}
}

/** One positioned piece of the exported figure, in CSS px relative to the figure's corner. */
export type Layer =
	| { kind: 'svg'; x: number; y: number; width: number; height: number; markup: string }
	| { kind: 'image'; x: number; y: number; width: number; height: number; href: string }
	| { kind: 'text'; x: number; y: number; width: number; height: number; text: string; font: TextFont };

/** How an HTML text line (a panel heading, a caption) was painted, so the export can repeat it. */
export interface TextFont {
	size: number;
	weight: string;
	color: string;
	family: string;
}

/** A legend entry drawn under the exported chart (legends in HTML are not part of any SVG). */
export interface LegendEntry {
	label: string;
	color: string;
	/** False when the user hid this category; drawn faded. */
	shown: boolean;
}

export interface ComposeOptions {
	/** Chart title, written at the top of the file. */
	title: string;
	/** Size of the area the layers cover. */
	width: number;
	height: number;
	/** Background colour; charts are drawn for a light page. */
	background?: string;
	/** Font stack for the title and legend. */
	fontFamily?: string;
	legend?: readonly LegendEntry[];
}

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Rows needed to lay `legend` out within `width`; each row is `rowHeight` px. */
function legendRows(legend: readonly LegendEntry[], width: number, font: number): { x: number; row: number }[] {
	const places: { x: number; row: number }[] = [];
	let x = 0;
	let row = 0;
	for (const entry of legend) {
		const w = 18 + entry.label.length * font * 0.6 + 16;
		if (x > 0 && x + w > width) {
			row++;
			x = 0;
		}
		places.push({ x, row });
		x += w;
	}
	return places;
}

/** One standalone SVG document from positioned layers, a title line and an optional legend. */
export function composeSvg(layers: readonly Layer[], options: ComposeOptions): string {
	const font = 13;
	const titleHeight = 28;
	const pad = 8;
	const legend = options.legend ?? [];
	const places = legendRows(legend, options.width - 2 * pad, font - 1);
	const legendHeight = legend.length ? (places[places.length - 1].row + 1) * 20 + 8 : 0;
	const width = Math.ceil(options.width + 2 * pad);
	const height = Math.ceil(titleHeight + options.height + legendHeight + pad);
	const family = escapeXml(options.fontFamily ?? "system-ui, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif");
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="100%" height="100%" fill="${escapeXml(options.background ?? '#ffffff')}"/>`,
		`<text x="${pad}" y="19" font-family="${family}" font-size="15" font-weight="600" fill="#1b2430">${escapeXml(options.title)}</text>`,
		`<g transform="translate(${pad},${titleHeight})">`
	];
	for (const layer of layers) {
		const { x, y, width: w, height: h } = layer;
		if (layer.kind === 'text') {
			const f = layer.font;
			parts.push(
				`<text x="${r1(x)}" y="${r1(y + f.size * 0.9)}" font-family="${escapeXml(f.family)}" font-size="${f.size}" font-weight="${escapeXml(f.weight)}" fill="${escapeXml(f.color)}">${escapeXml(layer.text)}</text>`
			);
		} else if (layer.kind === 'image') {
			parts.push(`<image x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" preserveAspectRatio="none" href="${escapeXml(layer.href)}"/>`);
		} else {
			parts.push(`<g transform="translate(${r1(x)},${r1(y)})">${layer.markup}</g>`);
		}
	}
	parts.push('</g>');
	legend.forEach((entry, i) => {
		const { x, row } = places[i];
		const ly = titleHeight + options.height + 8 + row * 20;
		const opacity = entry.shown ? '' : ' opacity="0.35"';
		parts.push(
			`<g transform="translate(${r1(pad + x)},${r1(ly)})"${opacity}><rect width="12" height="12" rx="2" fill="${escapeXml(entry.color)}"/>` +
				`<text x="18" y="10.5" font-family="${family}" font-size="${font - 1}" fill="#1b2430">${escapeXml(entry.label)}</text></g>`
		);
	});
	parts.push('</svg>');
	return parts.join('');
}

/** Download file name for a chart: "Distribution of Milk" -> "distribution-of-milk.png". */
export function exportFileName(title: string, extension: 'svg' | 'png'): string {
	return `${slugify(title)}.${extension}`;
}
