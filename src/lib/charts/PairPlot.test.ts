import { describe, expect, test } from 'vitest';
import PairPlot from './PairPlot.svelte';
import { elementsWith, renderMarkup } from './testing';

function column(name: string, n: number, f: (i: number) => number) {
	const values = Float64Array.from({ length: n }, (_, i) => f(i));
	return { name, values, bins: [{ x0: 0, x1: 50, count: 3 }, { x0: 50, x1: 100, count: 7 }] };
}

describe('PairPlot', () => {
	const cols = [column('Milk', 10, (i) => i * 10), column('Grocery', 10, (i) => 100 - i * 10), column('Frozen', 10, (i) => (i % 3) * 30)];

	test('render(3 columns) draws a 3 x 3 grid: histograms on the diagonal, scatters elsewhere', () => {
		const markup = renderMarkup(PairPlot, { columns: cols });
		const cells = elementsWith(markup, 'data-pair');
		expect(cells).toHaveLength(9);
		expect(cells.filter((c) => c['data-kind'] === 'histogram').map((c) => c['data-pair'])).toEqual(['0,0', '1,1', '2,2']);
		// 6 scatter cells x 10 points.
		expect(markup.match(/<circle /g)).toHaveLength(60);
		expect(markup).toContain('aria-label="Pair plot of Milk, Grocery, Frozen"');
	});

	test('cell (0,1) plots Milk (y) against Grocery (x): Milk rises as Grocery falls', () => {
		const markup = renderMarkup(PairPlot, { columns: cols });
		const cell = /<g data-pair="0,1"[^>]*>(.*?)<\/g>/.exec(markup)?.[1] ?? '';
		const pts = elementsWith(cell, 'cx').map((c) => [Number(c.cx), Number(c.cy)]);
		expect(pts).toHaveLength(10);
		// Row 0 has Grocery 100 (right) and Milk 0 (bottom); row 9 the opposite.
		expect(pts[0][0]).toBeGreaterThan(pts[9][0]);
		expect(pts[0][1]).toBeGreaterThan(pts[9][1]);
	});

	test('labels colour the points and hidden segments are left out', () => {
		const labels = Int32Array.from({ length: 10 }, (_, i) => i % 2);
		const markup = renderMarkup(PairPlot, { columns: cols.slice(0, 2), labels, hidden: new Set([1]) });
		expect(markup.match(/<circle /g)).toHaveLength(2 * 5);
	});

	test('big data uses one canvas for the scatter cells', () => {
		const big = [column('a', 4000, (i) => i), column('b', 4000, (i) => -i), column('c', 4000, (i) => i % 7)];
		const markup = renderMarkup(PairPlot, { columns: big });
		expect(markup).toMatch(/<canvas[^>]*data-chart-layer/);
		expect(markup).not.toContain('<circle');
		expect(markup).toContain('data-renderer="canvas"');
	});

	test('more than 6 columns: the first 6 are drawn and a note says so', () => {
		const seven = Array.from({ length: 7 }, (_, c) => column(`c${c}`, 3, (i) => i + c));
		const markup = renderMarkup(PairPlot, { columns: seven });
		expect(elementsWith(markup, 'data-pair')).toHaveLength(36);
		expect(markup).toContain('Showing the first 6 of 7 columns.');
	});

	test('snapshot of a 2-column pair plot', () => {
		expect(renderMarkup(PairPlot, { columns: [column('x', 2, (i) => i), column('y', 2, (i) => 1 - i)] })).toMatchSnapshot();
	});
});
