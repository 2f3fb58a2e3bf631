// Shared axis maths: which ticks to draw and how much room the labels need.
import { textWidth, tickFormatter } from './format';

/** The part of a d3 continuous scale (linear, log, sqrt…) the axes use. */
export interface ContinuousScale {
	(value: number): number;
	ticks(count?: number): number[];
	domain(): number[];
	range(): number[];
}

export interface AxisTicks {
	values: number[];
	format: (v: number) => string;
}

/** Tick values (given ones, or `count` nice ones from the scale) and their formatter. */
export function axisTicks(
	scale: ContinuousScale,
	count: number,
	tickValues?: readonly number[],
	format?: (v: number) => string
): AxisTicks {
	const values = tickValues ? [...tickValues] : scale.ticks(count);
	return { values, format: format ?? tickFormatter(values) };
}

/** Only integer ticks (for k, counts): drops fractional ones d3 proposes on short domains. */
export function integerTicks(scale: ContinuousScale, count: number): number[] {
	const [a, b] = scale.domain();
	const span = Math.abs(b - a);
	const step = Math.max(1, Math.ceil(span / Math.max(1, count)));
	const first = Math.ceil(Math.min(a, b));
	const out: number[] = [];
	for (let v = first; v <= Math.max(a, b) + 1e-9; v += step) out.push(v);
	return out;
}

/** Left margin that fits the tick labels of a vertical axis, plus room for a rotated title. */
export function leftAxisWidth(ticks: AxisTicks, font: number, hasTitle: boolean): number {
	const widest = ticks.values.reduce((m, v) => Math.max(m, textWidth(ticks.format(v), font)), 0);
	return Math.ceil(widest + 10 + (hasTitle ? font * 1.6 + 4 : 0));
}
