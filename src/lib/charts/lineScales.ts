// Domains shared by LineChart and SmallMultiples, so aligned panels compute them the same way.
import { scaleLinear } from 'd3';
import { axisTicks, leftAxisWidth } from './axes';
import type { LineSeries } from './types';

/** [min, max] of finite x over all series; [0, 1] when there are none. */
export function xExtent(series: readonly LineSeries[]): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const s of series) {
		for (const p of s.points) {
			if (!Number.isFinite(p.x)) continue;
			if (p.x < lo) lo = p.x;
			if (p.x > hi) hi = p.x;
		}
	}
	if (lo > hi) return [0, 1];
	return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** [min, max] of finite y (and of `extra` values such as a reference line), padded by 5%, not below 0 for non-negative data. */
export function yExtent(series: readonly LineSeries[], extra: readonly number[] = []): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	const see = (v: number) => {
		if (!Number.isFinite(v)) return;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	};
	for (const s of series) for (const p of s.points) see(p.y);
	extra.forEach(see);
	if (lo > hi) return [0, 1];
	if (lo === hi) return [lo - Math.abs(lo || 1) * 0.1, hi + Math.abs(hi || 1) * 0.1];
	const pad = (hi - lo) * 0.05;
	// Non-negative data (inertia, distances, counts) keeps 0 as the floor instead of dipping below it.
	return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad];
}

/** The y scale a LineChart of inner height `innerHeight` uses. */
export function lineYScale(domain: [number, number], innerHeight: number, ticks: number) {
	return scaleLinear().domain(domain).range([innerHeight, 0]).nice(ticks);
}

/** Left margin that fits the y tick labels of `series` (same rule as LineChart). */
export function lineLeftMargin(series: readonly LineSeries[], innerHeight: number, ticks: number, font: number, hasTitle: boolean, yDomain?: [number, number]): number {
	const y = lineYScale(yDomain ?? yExtent(series), innerHeight, ticks);
	return leftAxisWidth(axisTicks(y, ticks), font, hasTitle);
}
