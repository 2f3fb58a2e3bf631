import { describe, expect, test } from 'vitest';
import LineChart from './LineChart.svg.svelte';
import SmallMultiples from './SmallMultiples.svelte';
import { elementsWith, renderMarkup } from './testing';

const inertia = [
	{ x: 2, y: 900 },
	{ x: 3, y: 500 },
	{ x: 4, y: 300 },
	{ x: 5, y: 260 }
];

describe('LineChart.svg', () => {
	test('render({onselect}) makes the chart one tab stop and no point a tab stop of its own', () => {
		const markup = renderMarkup(LineChart, {
			series: [{ name: 'Inertia', points: inertia }],
			xName: 'k',
			integerX: true,
			selected: 3,
			onselect: () => {}
		});
		const stops = elementsWith(markup, 'tabindex');
		expect(stops).toHaveLength(1);
		expect(stops[0]).toMatchObject({ role: 'application', tabindex: '0', 'aria-label': 'Line chart: arrow keys move between points, Enter chooses' });
		expect(elementsWith(markup, 'role="button"')).toHaveLength(0);
		expect(elementsWith(markup, 'data-x').map((p) => p['data-x'])).toEqual(['2', '3', '4', '5']);
		expect(elementsWith(markup, 'data-x').filter((p) => p.class.includes('is-selected')).map((p) => p['data-x'])).toEqual(['3']);
		expect(markup).toContain('<title>k = 2: Inertia 900</title>');
		expect(markup).toContain('data-chart-cursor');
		expect(markup).toContain('data-selected="3"');
	});

	test('render({marked}) draws the dashed line and the caption with the reason', () => {
		const markup = renderMarkup(LineChart, {
			series: [{ name: 'Inertia', points: inertia }],
			xName: 'k',
			integerX: true,
			marked: { x: 4, reason: 'elbow: the slope flattens after 4' }
		});
		expect(markup).toContain('data-marked="4"');
		expect(markup).toContain('★ Recommended: k = 4 — elbow: the slope flattens after 4');
	});

	test('higher y is drawn higher: the line falls for decreasing inertia', () => {
		const markup = renderMarkup(LineChart, { series: [{ name: 'Inertia', points: inertia }] });
		const d = /class="line"[^>]*d="([^"]+)"/.exec(markup)?.[1] ?? '';
		const ys = [...d.matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));
		expect(ys).toHaveLength(4);
		expect(ys[0]).toBeLessThan(ys[1]);
		expect(ys[2]).toBeLessThan(ys[3]);
	});

	test('integerX shows only whole-number ticks', () => {
		const markup = renderMarkup(LineChart, { series: [{ name: 'Inertia', points: inertia }], integerX: true });
		const bottom = /<g class="axis axis-bottom".*?<\/g>/.exec(markup)?.[0] ?? '';
		const labels = [...bottom.matchAll(/class="tick-label"[^>]*>([^<]+)</g)].map((m) => m[1]);
		expect(labels).toEqual(['2', '3', '4', '5']);
	});

	test('render({hline, onyselect}) draws the eps line as a keyboard slider', () => {
		const points = Array.from({ length: 200 }, (_, i) => ({ x: i, y: i * i * 0.001 }));
		const markup = renderMarkup(LineChart, { series: [{ name: '5-distance', points }], hline: { y: 12.5, label: 'eps' }, onyselect: () => {} });
		const slider = elementsWith(markup, 'role="slider"')[0];
		expect(slider['data-hline']).toBe('12.5');
		expect(slider['aria-valuenow']).toBe('12.5');
		// 200 points: no markers, just the line.
		expect(elementsWith(markup, 'data-x')).toHaveLength(0);
	});

	test('two series get two colours and a legend', () => {
		const markup = renderMarkup(LineChart, {
			series: [
				{ name: 'train', points: inertia },
				{ name: 'test', points: inertia.map((p) => ({ x: p.x, y: p.y + 50 })) }
			]
		});
		const strokes = elementsWith(markup, 'data-series').map((p) => p.stroke);
		expect(new Set(strokes).size).toBe(2);
		expect(elementsWith(markup, 'data-legend-item')).toHaveLength(2);
	});

	test('snapshot of a 3-point line', () => {
		expect(renderMarkup(LineChart, { series: [{ name: 'y', points: inertia.slice(0, 3) }], height: 120, xLabel: 'k', integerX: true })).toMatchSnapshot();
	});
});

describe('SmallMultiples', () => {
	const panels = [
		{ title: 'Silhouette', note: 'higher is better', series: [{ name: 'Silhouette', points: [{ x: 2, y: 0.4 }, { x: 3, y: 0.5 }] }] },
		{ title: 'Calinski-Harabasz', series: [{ name: 'CH', points: [{ x: 2, y: 120000 }, { x: 6, y: 90000 }] }] }
	];

	test('panels share the x scale and left margin, so the same x lands at the same place', () => {
		const markup = renderMarkup(SmallMultiples, { panels, selected: 3, onselect: () => {}, integerX: true });
		const transforms = [...markup.matchAll(/<svg[^>]*>\s*<g transform="(translate\([^)]+\))"/g)].map((m) => m[1]);
		expect(transforms).toHaveLength(2);
		expect(transforms[0]).toBe(transforms[1]);
		const selectedLines = elementsWith(markup, 'data-selected');
		expect(selectedLines).toHaveLength(2);
		expect(selectedLines[0].x1).toBe(selectedLines[1].x1);
	});

	test('the shared caption appears once', () => {
		const markup = renderMarkup(SmallMultiples, { panels, marked: { x: 3, reason: 'best silhouette' } });
		expect(markup.match(/best silhouette/g)).toHaveLength(1);
		expect(elementsWith(markup, 'data-marked')).toHaveLength(2);
	});
});
