import { describe, expect, test } from 'vitest';
import BarChart from './BarChart.svg.svelte';
import { elementsWith, renderMarkup, titles } from './testing';

const items = [
	{ label: 'Lisbon', count: 77 },
	{ label: 'Oporto', count: 47 },
	{ label: 'A category whose name is far too long to fit in the label column', count: 3 }
];

describe('BarChart.svg', () => {
	test('render({items, other}) draws one bar per item plus the "other" bar', () => {
		const markup = renderMarkup(BarChart, { items, other: { count: 12, categories: 4 }, label: 'Region' });
		expect(elementsWith(markup, 'data-bar')).toHaveLength(4);
		expect(markup).toContain('Other (4 categories)');
		expect(markup).toContain('aria-label="Counts of Region"');
	});

	test('bar widths follow the counts', () => {
		const markup = renderMarkup(BarChart, { items });
		const widths = [...markup.matchAll(/<g data-bar="\d+"[^>]*>.*?<rect width="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(widths).toHaveLength(3);
		expect(widths[0]).toBeGreaterThan(widths[1]);
		expect(widths[1]).toBeGreaterThan(widths[2]);
	});

	test('a long label is truncated on screen and complete in its <title>', () => {
		const markup = renderMarkup(BarChart, { items });
		expect(titles(markup)).toContain('A category whose name is far too long to fit in the label column: 3');
		expect(markup).toMatch(/<text class="label"[^>]*>A category[^<]*…<\/text>/);
	});

	test('snapshot of two bars', () => {
		expect(renderMarkup(BarChart, { items: items.slice(0, 2), label: 'Region' })).toMatchSnapshot();
	});
});
