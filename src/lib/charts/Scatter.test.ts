import { describe, expect, test } from 'vitest';
import Scatter from './Scatter.svelte';
import ScatterSvg from './Scatter.svg.svelte';
import { categorical, noiseColor } from './palette';
import { attributes, elementsWith, renderMarkup } from './testing';

/** n points in 5 blobs (labels 0..4), every 10th point noise when `noise`. */
function blobs(n: number, noise = false) {
	const x = new Float64Array(n);
	const y = new Float64Array(n);
	const labels = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		const l = i % 5;
		labels[i] = noise && i % 10 === 9 ? -1 : l;
		x[i] = l * 10 + ((i * 7919) % 13) / 13;
		y[i] = (l % 2) * 10 + ((i * 104729) % 17) / 17;
	}
	const centroids = [0, 1, 2, 3, 4].map((l) => ({ x: l * 10 + 0.5, y: (l % 2) * 10 + 0.5, label: l }));
	return { x, y, labels, centroids };
}

const root = (markup: string) => attributes(/<div class="chart"[^>]*data-renderer[^>]*>/.exec(markup)?.[0] ?? '');

describe('Scatter', () => {
	test('render(60 points, 5 segments) uses SVG: one circle per point, 5 colours and 5 centroids drawn', () => {
		const markup = renderMarkup(Scatter, { ...blobs(60), xLabel: 'PC1 (44.1% of variance)', yLabel: 'PC2' });
		const points = elementsWith(markup, 'data-segment').filter((p) => !('data-legend-item' in p));
		expect(points).toHaveLength(60);
		expect(new Set(points.map((p) => p.fill))).toEqual(new Set(categorical.slice(0, 5)));
		expect(elementsWith(markup, 'data-centroid')).toHaveLength(5);
		expect(root(markup)).toMatchObject({ 'data-renderer': 'svg', 'data-segments-drawn': '5', 'data-centroids-drawn': '5', 'data-points-drawn': '60' });
		expect(markup).toContain('PC1 (44.1% of variance)');
	});

	test('render(6,000 points) switches to the canvas renderer with the same test hooks', () => {
		const markup = renderMarkup(Scatter, blobs(6000));
		expect(root(markup)).toMatchObject({ 'data-renderer': 'canvas', 'data-segments-drawn': '5', 'data-centroids-drawn': '5' });
		expect(markup).toMatch(/<canvas[^>]*data-chart-layer/);
		expect(elementsWith(markup, 'data-centroid')).toHaveLength(5);
		expect(markup.match(/<circle data-segment/g)).toBeNull();
	});

	test('hidden segments are not drawn, their centroid neither, and their legend button is not pressed', () => {
		const markup = renderMarkup(Scatter, { ...blobs(50), hidden: new Set([2]) });
		const points = elementsWith(markup, 'data-segment').filter((p) => !('data-legend-item' in p));
		expect(points).toHaveLength(40);
		expect(points.some((p) => p['data-segment'] === '2')).toBe(false);
		expect(root(markup)['data-segments-drawn']).toBe('4');
		expect(root(markup)['data-centroids-drawn']).toBe('4');
		const legend = elementsWith(markup, 'data-legend-item');
		expect(legend.map((b) => b['aria-pressed'])).toEqual(['true', 'true', 'false', 'true', 'true']);
	});

	test('noise (-1) is grey, drawn first, and listed last in the legend', () => {
		const markup = renderMarkup(Scatter, blobs(50, true));
		const points = elementsWith(markup, 'data-segment').filter((p) => !('data-legend-item' in p));
		expect(points[0]).toMatchObject({ 'data-segment': '-1', fill: noiseColor });
		const legend = elementsWith(markup, 'data-legend-item');
		expect(legend.at(-1)).toMatchObject({ 'data-segment': '-1', 'data-label': 'Noise' });
		// Noise is not a segment colour.
		expect(root(markup)['data-segments-drawn']).toBe('5');
	});

	test('a 13th segment repeats the first colour with a different shape', () => {
		const n = 13;
		const markup = renderMarkup(ScatterSvg, {
			x: Float64Array.from({ length: n }, (_, i) => i),
			y: Float64Array.from({ length: n }, (_, i) => i),
			labels: Int32Array.from({ length: n }, (_, i) => i)
		});
		const points = elementsWith(markup, 'data-segment');
		expect(points[0].fill).toBe(points[12].fill);
		expect(markup).toMatch(/<circle data-segment="0"/);
		expect(markup).toMatch(/<path data-segment="12"/);
	});

	test('snapshot of a 3-point SVG scatter', () => {
		const markup = renderMarkup(ScatterSvg, {
			x: new Float64Array([0, 1, 2]),
			y: new Float64Array([2, 0, 1]),
			labels: new Int32Array([0, 1, -1]),
			centroids: [{ x: 0.5, y: 1, label: 0 }],
			xLabel: 'PC1',
			yLabel: 'PC2',
			height: 160
		});
		expect(markup).toMatchSnapshot();
	});
});
