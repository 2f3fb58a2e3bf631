// Geometry shared by both scatter renderers: margins, plot size and the scales for one domain.
import { scaleLinear, type ScaleLinear } from 'd3';
import { axisTicks, leftAxisWidth, type AxisTicks } from './axes';
import type { Domain } from './scatterModel';
import { sizing, type Sizing } from './sizing';

export interface ScatterLayout {
	width: number;
	height: number;
	left: number;
	top: number;
	innerWidth: number;
	innerHeight: number;
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	yTicks: AxisTicks;
	size: Sizing;
}

/** Layout of a scatter `width` x `height` px showing `domain`. */
export function scatterLayout(width: number, height: number, domain: Domain, xLabel?: string, yLabel?: string): ScatterLayout {
	const size = sizing(width);
	const top = 10;
	const right = 14;
	const bottom = xLabel ? size.font * 2 + 22 : size.font + 14;
	const innerHeight = Math.max(40, height - top - bottom);
	const yTickCount = size.yTicks(innerHeight);
	// No .nice(): the domain is exactly what the user zoomed to.
	const y = scaleLinear().domain(domain.y).range([innerHeight, 0]);
	const yTicks = axisTicks(y, yTickCount);
	const left = leftAxisWidth(yTicks, size.font, Boolean(yLabel));
	const innerWidth = Math.max(40, width - left - right);
	const x = scaleLinear().domain(domain.x).range([0, innerWidth]);
	return { width, height, left, top, innerWidth, innerHeight, x, y, yTicks, size };
}

/** Default plot height for a width: 3:4 on phones, capped on desktops. */
export function scatterHeight(width: number): number {
	return Math.round(Math.max(280, Math.min(520, width * 0.7)));
}
