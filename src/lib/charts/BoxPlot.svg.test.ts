import { describe, expect, test } from 'vitest';
import BoxPlot from './BoxPlot.svg.svelte';
import { elementsWith, renderMarkup, titles } from './testing';
import type { BoxStats } from './types';

const milk: BoxStats = { label: 'Milk', q1: 1533, median: 3627, q3: 7190, whiskerLow: 55, whiskerHigh: 15676, outliers: [23527, 73498] };
const grocery: BoxStats = { label: 'Grocery', q1: 2153, median: 4756, q3: 10656, whiskerLow: 3, whiskerHigh: 23127, outliers: [] };

/** Positions along the value axis of one box's parts, in drawing coordinates. */
function positions(markup: string, box: number, axis: 'x' | 'y') {
	const group = new RegExp(`<g data-box="${box}">(.*?)</g>`).exec(markup)?.[1] ?? '';
	const line = (part: string) => elementsWith(group, `data-part="${part}"`)[0];
	const rect = elementsWith(group, 'data-part="box"')[0];
	const size = axis === 'x' ? 'width' : 'height';
	return {
		capLow: Number(line('cap-low')[`${axis}1`]),
		boxStart: Number(rect[axis]),
		median: Number(line('median')[`${axis}1`]),
		boxEnd: Number(rect[axis]) + Number(rect[size]),
		capHigh: Number(line('cap-high')[`${axis}1`])
	};
}

describe('BoxPlot.svg', () => {
	test('render(horizontal) orders whisker, box, median, box, whisker from left to right', () => {
		const markup = renderMarkup(BoxPlot, { boxes: [milk, grocery], valueLabel: 'Annual spend', unit: 'm.u.' });
		for (const i of [0, 1]) {
			const p = positions(markup, i, 'x');
			expect(p.capLow).toBeLessThan(p.boxStart);
			expect(p.boxStart).toBeLessThan(p.median);
			expect(p.median).toBeLessThan(p.boxEnd);
			expect(p.boxEnd).toBeLessThan(p.capHigh);
		}
		expect(markup).toContain('Annual spend (m.u.)');
	});

	test('render(vertical) puts larger values higher (smaller y)', () => {
		const markup = renderMarkup(BoxPlot, { boxes: [milk], orientation: 'vertical' });
		const p = positions(markup, 0, 'y');
		expect(p.capLow).toBeGreaterThan(p.median);
		expect(p.median).toBeGreaterThan(p.capHigh);
		// The rect spans q3 (top) to q1 (bottom).
		expect(p.boxStart).toBeLessThan(p.boxEnd);
	});

	test('outliers are drawn up to maxOutliers and the title tells the numbers', () => {
		const markup = renderMarkup(BoxPlot, { boxes: [milk, grocery], maxOutliers: 1 });
		expect(elementsWith(markup, 'data-part="outlier"')).toHaveLength(1);
		expect(titles(markup)[0]).toBe('Milk: median 3,627, quartiles 1,533–7,190, whiskers 55–15,676, 2 outliers');
	});

	test('snapshot of one small box', () => {
		const box: BoxStats = { label: 'A', q1: 2, median: 3, q3: 4, whiskerLow: 1, whiskerHigh: 5, outliers: [8] };
		expect(renderMarkup(BoxPlot, { boxes: [box] })).toMatchSnapshot();
	});
});
