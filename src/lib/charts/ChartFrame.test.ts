import { createRawSnippet } from 'svelte';
import { describe, expect, test } from 'vitest';
import ChartFrame from './ChartFrame.svelte';
import { renderMarkup } from './testing';

const chart = createRawSnippet(() => ({ render: () => '<svg data-chart-layer><rect width="10" height="10"></rect></svg>' }));

describe('ChartFrame', () => {
	test('render({title, subtitle, note}) shows them and names the chart as an image', () => {
		const markup = renderMarkup(ChartFrame, { title: 'Distribution of Milk', subtitle: '440 customers', note: 'density layer', children: chart });
		expect(markup).toMatch(/<h3 id="([^"]+)-title" class="chart-title">Distribution of Milk<\/h3>/);
		expect(markup).toContain('<p class="chart-subtitle">440 customers</p>');
		expect(markup).toContain('density layer');
		expect(markup).toMatch(/<div class="chart-body" role="img" aria-label="Distribution of Milk">\s*<svg data-chart-layer>/);
	});

	test('the download buttons are real buttons, so the keyboard reaches them', () => {
		const markup = renderMarkup(ChartFrame, { title: 't', children: chart });
		expect(markup).toContain('<button type="button" class="small">Download SVG</button>');
		expect(markup).toContain('<button type="button" class="small">Download PNG</button>');
	});

	test('interactive charts get a named group, so their own controls stay accessible', () => {
		const markup = renderMarkup(ChartFrame, { title: 'Segments', ariaLabel: 'Scatter of segments', interactive: true, headingLevel: 2, children: chart });
		expect(markup).toContain('role="group" aria-label="Scatter of segments"');
		expect(markup).toContain('<h2 ');
	});

	test('exportable: false hides the download buttons', () => {
		expect(renderMarkup(ChartFrame, { title: 't', exportable: false, children: chart })).not.toContain('Download');
	});
});
