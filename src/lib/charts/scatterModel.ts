// Pure maths behind the scatter plots: extents, zoom, which segments are present, renderer choice.
import { categoryColor, noiseColor } from './palette';
import type { SegmentInfo } from './types';

/** Points from which the canvas renderer takes over: SVG stays smooth below about this many. */
export const canvasThreshold = 5000;

/** A visible data window. */
export interface Domain {
	x: [number, number];
	y: [number, number];
}

/** Bounding box of the finite (x, y) pairs plus `extra` points, padded by `pad` of each span. */
export function dataExtent(x: ArrayLike<number>, y: ArrayLike<number>, extra: readonly { x: number; y: number }[] = [], pad = 0.04): Domain {
	let x0 = Infinity;
	let x1 = -Infinity;
	let y0 = Infinity;
	let y1 = -Infinity;
	const n = Math.min(x.length, y.length);
	for (let i = 0; i < n; i++) {
		const a = x[i];
		const b = y[i];
		if (a !== a || b !== b || a === Infinity || a === -Infinity || b === Infinity || b === -Infinity) continue;
		if (a < x0) x0 = a;
		if (a > x1) x1 = a;
		if (b < y0) y0 = b;
		if (b > y1) y1 = b;
	}
	for (const p of extra) {
		if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
		x0 = Math.min(x0, p.x);
		x1 = Math.max(x1, p.x);
		y0 = Math.min(y0, p.y);
		y1 = Math.max(y1, p.y);
	}
	return { x: padRange(x0, x1, pad), y: padRange(y0, y1, pad) };
}

function padRange(lo: number, hi: number, pad: number): [number, number] {
	if (lo > hi) return [0, 1];
	if (lo === hi) return [lo - 1, hi + 1];
	const p = (hi - lo) * pad;
	return [lo - p, hi + p];
}

/** `domain` zoomed by `factor` (< 1 zooms in) around the data point (cx, cy), which stays put. */
export function zoomDomain(domain: Domain, cx: number, cy: number, factor: number): Domain {
	const f = Math.min(20, Math.max(0.02, factor));
	return {
		x: [cx - (cx - domain.x[0]) * f, cx + (domain.x[1] - cx) * f],
		y: [cy - (cy - domain.y[0]) * f, cy + (domain.y[1] - cy) * f]
	};
}

/** The window spanned by two data corners, in either order. */
export function brushDomain(ax: number, ay: number, bx: number, by: number): Domain {
	return { x: [Math.min(ax, bx), Math.max(ax, bx)], y: [Math.min(ay, by), Math.max(ay, by)] };
}

/** Centre of a domain. */
export function domainCenter(d: Domain): { x: number; y: number } {
	return { x: (d.x[0] + d.x[1]) / 2, y: (d.y[0] + d.y[1]) / 2 };
}

/** Rows per label (label -1 = noise), in ascending label order. */
export function segmentCounts(labels: ArrayLike<number>): Map<number, number> {
	if (labels instanceof Int32Array) {
		const counted = countInt32(labels);
		if (counted) return counted;
	}
	// Counted in a typed array when labels are small integers (a million rows in a few ms, not a Map update per row).
	let max = -1;
	let dense = true;
	for (let i = 0; i < labels.length; i++) {
		const l = labels[i];
		if (l > max) max = l;
		if (!Number.isInteger(l) || l < -1 || l > 100_000) {
			dense = false;
			break;
		}
	}
	if (dense) {
		const tally = new Float64Array(max + 2);
		for (let i = 0; i < labels.length; i++) tally[labels[i] + 1]++;
		const out = new Map<number, number>();
		for (let l = -1; l <= max; l++) if (tally[l + 1] > 0) out.set(l, tally[l + 1]);
		return out;
	}
	const counts = new Map<number, number>();
	for (let i = 0; i < labels.length; i++) counts.set(labels[i], (counts.get(labels[i]) ?? 0) + 1);
	return new Map([...counts].sort((a, b) => a[0] - b[0]));
}

/**
 * segmentCounts of run labels (an Int32Array): loops that see one array type only, so a million labels
 * take a few ms; null when a label is outside -1..100,000 (counted by the general path).
 */
function countInt32(labels: Int32Array): Map<number, number> | null {
	let max = -1;
	for (let i = 0; i < labels.length; i++) {
		const l = labels[i];
		if (l < -1 || l > 100_000) return null;
		if (l > max) max = l;
	}
	const tally = new Int32Array(max + 2);
	for (let i = 0; i < labels.length; i++) tally[labels[i] + 1]++;
	const out = new Map<number, number>();
	for (let l = -1; l <= max; l++) if (tally[l + 1] > 0) out.set(l, tally[l + 1]);
	return out;
}

/** Colour of every label 0..maxLabel (given colours first, then the palette). */
export function segmentColors(maxLabel: number, segments: readonly SegmentInfo[] = []): string[] {
	return Array.from({ length: Math.max(0, maxLabel + 1) }, (_, i) => segments[i]?.color ?? categoryColor(i));
}

/** Colour for `label`, grey for noise (-1). */
export function labelColor(label: number, colors: readonly string[]): string {
	return label < 0 ? noiseColor : (colors[label] ?? categoryColor(label));
}

/** Distinct colours of the non-noise segments that have points and are not hidden. */
export function segmentsDrawn(counts: Map<number, number>, colors: readonly string[], hidden: ReadonlySet<number>): number {
	const drawn = new Set<string>();
	for (const [label, n] of counts) if (label >= 0 && n > 0 && !hidden.has(label)) drawn.add(labelColor(label, colors).toLowerCase());
	return drawn.size;
}

/** Which renderer a scatter of `n` points uses. */
export function chooseRenderer(n: number): 'svg' | 'canvas' {
	return n >= canvasThreshold ? 'canvas' : 'svg';
}

/** The frame note saying how a scatter of `n` points was drawn. */
export function scatterNote(n: number, renderer: 'svg' | 'canvas'): string {
	return renderer === 'canvas' ? `Canvas: all ${n.toLocaleString('en-US')} points drawn` : `SVG: ${n.toLocaleString('en-US')} points`;
}
