import { describe, expect, test } from 'vitest';
import Histogram from './Histogram.svg.svelte';
import { elementsWith, renderMarkup, titles } from './testing';

const bins = [
	{ x0: 0, x1: 10, count: 3 },
	{ x0: 10, x1: 20, count: 5 },
	{ x0: 20, x1: 30, count: 0 }
];

describe('Histogram.svg', () => {
	test('render({bins: 3 bins}) draws one rect per bin, tallest for the largest count', () => {
		const markup = renderMarkup(Histogram, { bins, label: 'Milk' });
		const bars = elementsWith(markup, 'data-bin');
		expect(bars).toHaveLength(3);
		const heights = bars.map((b) => Number(b.height));
		expect(heights[1]).toBeGreaterThan(heights[0]);
		expect(heights[2]).toBe(0);
		expect(titles(markup).filter((t) => t.endsWith('rows'))).toEqual(['0–10: 3 rows', '10–20: 5 rows', '20–30: 0 rows']);
	});

	test('render({label: "Milk"}) names the chart "Distribution of Milk" and titles the axis with the unit', () => {
		const markup = renderMarkup(Histogram, { bins, label: 'Milk', unit: 'm.u.' });
		expect(markup).toContain('aria-label="Distribution of Milk"');
		expect(markup).toContain('Milk (m.u.)');
	});

	test('render({density}) draws the density path', () => {
		const markup = renderMarkup(Histogram, { bins, density: [{ x: 0, y: 1 }, { x: 15, y: 5 }, { x: 30, y: 1 }] });
		expect(markup).toMatch(/<path class="density" d="M[^"]+"/);
	});

	test('snapshot of a 2-bin histogram', () => {
		expect(renderMarkup(Histogram, { bins: bins.slice(0, 2), label: 'Milk', height: 120 })).toMatchSnapshot();
	});
});
