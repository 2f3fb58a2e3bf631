// Number and text formatting for chart labels. Coordinates are rounded so that rendered SVG is
// small and deterministic (snapshots do not change with floating-point noise).
import { format } from 'd3';

/** A coordinate rounded to 1 decimal: enough for screens, stable for snapshots. */
export function px(v: number): number {
	return Math.round(v * 10) / 10;
}

const si = format('~s');
const thousands = format(',');

/**
 * A tick formatter for `ticks` drawn from one axis: SI prefixes (12k, 1.5M) once values reach
 * 10,000, otherwise thousands separators with just enough decimals to tell neighbours apart.
 */
export function tickFormatter(ticks: readonly number[]): (v: number) => string {
	const maxAbs = ticks.reduce((m, t) => Math.max(m, Math.abs(t)), 0);
	if (maxAbs >= 1e4) return (v) => si(v).replace('G', 'B');
	const f = format(`,.${decimalsNeeded(ticks)}f`);
	return (v) => f(v);
}

/** Fewest decimals (up to 6) that write every tick exactly. */
function decimalsNeeded(ticks: readonly number[]): number {
	for (let d = 0; d < 6; d++) {
		const scale = 10 ** d;
		if (ticks.every((t) => Math.abs(Math.round(t * scale) - t * scale) < 1e-6)) return d;
	}
	return 6;
}

/** A value for a label or tooltip: up to 3 significant decimals, thousands separators, SI past 1e6. */
export function formatValue(v: number): string {
	if (Number.isNaN(v)) return '–';
	if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
	const abs = Math.abs(v);
	if (abs >= 1e6) return si(Number(v.toPrecision(3))).replace('G', 'B');
	if (Number.isInteger(v)) return thousands(v);
	if (abs >= 100) return format(',.1f')(v);
	if (abs >= 1 || abs === 0) return format(',.2f')(v);
	return format('.3~g')(v);
}

/** An axis title with its unit when one is given: "Milk (m.u.)". */
export function axisTitle(label: string | undefined, unit?: string): string {
	if (!label) return unit ?? '';
	return unit ? `${label} (${unit})` : label;
}

/** Rough width in px of `text` at `fontSize` for a sans-serif face; used to size margins. */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.58;
}

/** `text` cut to fit `maxWidth` px with an ellipsis; the full text belongs in a `<title>`. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
	if (textWidth(text, fontSize) <= maxWidth) return text;
	const chars = Math.max(1, Math.floor(maxWidth / (fontSize * 0.58)) - 1);
	return text.slice(0, chars) + '…';
}

/** A file-name-safe slug of a chart title: "Distribution of Milk" -> "distribution-of-milk". */
export function slugify(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return slug || 'chart';
}
