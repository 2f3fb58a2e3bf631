// Colours for charts, all safe for the common forms of colour blindness.
// Categorical: Okabe-Ito first (8), then four from Paul Tol's "muted" set that stay apart from them;
// past 12 the colours repeat and a marker shape tells the repeats apart.
import { interpolateBlues, interpolateRdBu, rgb, scaleDiverging, scaleSequential } from 'd3';
import type { ScaleDiverging, ScaleSequential } from 'd3';

/** Okabe & Ito (2008), orange first: black comes last so it does not read as "selected" or as axes. */
export const okabeIto = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'] as const;

/** Paul Tol "muted" indigo, olive, rose, wine: far from the Okabe-Ito hues and from each other. */
export const tolMutedExtra = ['#332288', '#999933', '#CC6677', '#882255'] as const;

/** The 12 distinct categorical colours, in the order segments receive them. */
export const categorical: readonly string[] = [...okabeIto, ...tolMutedExtra];

/** Colour for DBSCAN noise (label -1) and for "other": a neutral grey that no category uses. */
export const noiseColor = '#A3A3A3';

/** Marker shapes; the shape changes each time the 12 colours have been used once. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';
const shapes: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond'];

export interface CategoryStyle {
	color: string;
	shape: MarkerShape;
}

/** Style of category `i` (0-based). Negative `i` (noise) is grey circles. */
export function categoryStyle(i: number): CategoryStyle {
	if (i < 0) return { color: noiseColor, shape: 'circle' };
	return {
		color: categorical[i % categorical.length],
		shape: shapes[Math.floor(i / categorical.length) % shapes.length]
	};
}

/** Colour of category `i`; same as `categoryStyle(i).color`. */
export function categoryColor(i: number): string {
	return categoryStyle(i).color;
}

/** `count` colours, one per category; callers may override entries with their own colours. */
export function categoryColors(count: number, overrides?: readonly (string | undefined)[]): string[] {
	return Array.from({ length: count }, (_, i) => overrides?.[i] ?? categoryColor(i));
}

/**
 * Diverging colour for values centred on 0 (correlations, z-scores): blue below, red above,
 * the interpolator's midpoint at 0. The domain is symmetric: [-maxAbs, 0, maxAbs].
 */
export function divergingScale(maxAbs: number): ScaleDiverging<string> {
	const m = Number.isFinite(maxAbs) && maxAbs > 0 ? maxAbs : 1;
	return scaleDiverging<string>((t) => interpolateRdBu(1 - t)).domain([-m, 0, m]);
}

/** Sequential colour for counts from 0 (palest) to `max` (darkest blue). */
export function sequentialScale(max: number): ScaleSequential<string> {
	const m = Number.isFinite(max) && max > 0 ? max : 1;
	// Start a little into the ramp so that small non-zero counts stay visible against the page.
	return scaleSequential<string>((t) => interpolateBlues(0.06 + 0.94 * t)).domain([0, m]);
}

/** Black or white, whichever reads better on `background` (WCAG relative luminance). */
export function textColorOn(background: string): string {
	const c = rgb(background);
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const luminance = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
	// Contrast with black (L+0.05)/0.05 beats contrast with white 1.05/(L+0.05) when L > ~0.179.
	return luminance > 0.179 ? '#111111' : '#ffffff';
}

/** A CSS colour as one RGBA word for a Uint32Array view of ImageData (little-endian, as every browser is). */
export function colorToUint32(color: string, alpha = 255): number {
	const c = rgb(color);
	return (((alpha & 255) << 24) | ((c.b & 255) << 16) | ((c.g & 255) << 8) | (c.r & 255)) >>> 0;
}
