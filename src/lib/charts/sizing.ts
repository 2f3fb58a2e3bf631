// Sizes that adapt to the width a chart is given, from a 375 px phone to a wide desktop.

/** Width used when the container reports 0 (server rendering, tests, hidden tabs). */
export const defaultWidth = 640;

export interface Sizing {
	/** Font size of tick labels and legends, px. */
	font: number;
	/** Font size of axis titles, px. */
	titleFont: number;
	/** Rough number of ticks along a horizontal axis. */
	xTicks: number;
	/** Rough number of ticks along a vertical axis of height `height`. */
	yTicks: (height: number) => number;
	/** True under 480 px: shorter labels, fewer ticks. */
	narrow: boolean;
}

/** Sizing for a chart `width` px wide (0 or NaN fall back to `defaultWidth`). */
export function sizing(width: number): Sizing {
	const w = width > 0 ? width : defaultWidth;
	const narrow = w < 480;
	const font = narrow ? 10 : w < 800 ? 11 : 12;
	return {
		font,
		titleFont: font + 1,
		xTicks: Math.max(2, Math.min(10, Math.floor(w / (narrow ? 70 : 90)))),
		yTicks: (height) => Math.max(2, Math.min(10, Math.floor(height / 40))),
		narrow
	};
}

/** The measured width, or the default when nothing was measured. */
export function chartWidth(measured: number | undefined): number {
	return measured && measured > 0 ? measured : defaultWidth;
}
