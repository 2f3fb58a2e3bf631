import { describe, expect, test } from 'vitest';
import Heatmap from './Heatmap.svg.svelte';
import { divergingScale } from './palette';
import { elementsWith, renderMarkup } from './testing';

const names = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen', 'Channel', 'Region'];
// A symmetric 8 x 8 matrix with 1 on the diagonal.
const corr = names.map((_, i) => names.map((_, j) => (i === j ? 1 : Math.round(Math.cos(i * 3 + j * 3) * 100) / 100)));
corr[1][2] = 0.73;
corr[2][1] = 0.73;

describe('Heatmap.svg', () => {
	test('render(8 x 8 correlations) draws 64 cells with "row vs col: value" labels', () => {
		const markup = renderMarkup(Heatmap, { rows: names, cols: names, values: corr, domain: 1, legendLabel: 'Pearson correlation' });
		const cells = elementsWith(markup, 'data-cell');
		expect(cells).toHaveLength(64);
		const milkGrocery = cells.find((c) => c['data-row'] === '1' && c['data-col'] === '2');
		expect(milkGrocery?.['aria-label']).toBe('Milk vs Grocery: 0.73');
		expect(markup).toContain('<title>Milk vs Grocery: 0.73</title>');
		expect(new Set(cells.map((c) => `${c['data-row']},${c['data-col']}`)).size).toBe(64);
	});

	test('diverging cells use the colour of their value, 0 the midpoint colour', () => {
		const markup = renderMarkup(Heatmap, { rows: ['a', 'b'], cols: ['a', 'b'], values: [[1, 0], [0, -1]], domain: 1 });
		const cells = elementsWith(markup, 'data-cell');
		const s = divergingScale(1);
		expect(cells.map((c) => c.fill)).toEqual([s(1), s(0), s(0), s(-1)]);
	});

	test('values are printed in big cells and left out of tiny ones', () => {
		const big = renderMarkup(Heatmap, { rows: ['a', 'b'], cols: ['a', 'b'], values: [[1, 0.25], [0.25, 1]] });
		expect(big).toMatch(/class="cell-value"[^>]*>0.25<\/text>/);
		const tiny = renderMarkup(Heatmap, { rows: ['a', 'b'], cols: ['a', 'b'], values: [[1, 0.25], [0.25, 1]], maxCell: 12 });
		expect(tiny).not.toContain('cell-value');
	});

	test('a Float64Array confusion matrix in sequential mode with titles and cell info', () => {
		const markup = renderMarkup(Heatmap, {
			rows: ['Horeca', 'Retail'],
			cols: ['Horeca', 'Retail'],
			values: new Float64Array([280, 18, 20, 122]),
			mode: 'sequential',
			rowTitle: 'Actual',
			colTitle: 'Predicted',
			cellInfo: (r: number, c: number) => `${r === c ? 'correct' : 'wrong'}`
		});
		expect(markup).toContain('aria-label="Horeca vs Retail: 18"');
		expect(markup).toContain('<title>Retail vs Retail: 122\ncorrect</title>');
		expect(markup).toContain('>Actual</text>');
		expect(markup).toContain('>Predicted</text>');
	});

	test('the legend gradient id is unique per chart', () => {
		const markup = renderMarkup(Heatmap, { rows: ['a'], cols: ['a'], values: [[0.5]] });
		expect(markup).toMatch(/<linearGradient id="([^"]+)-ramp">/);
	});

	test('render(labels that share a long start) keeps their short forms distinct, full names in titles', () => {
		const segments = ['High PURCHASES_FREQUENCY', 'High PURCHASES_INSTALLMENTS_FREQUENCY', 'Low BALANCE'];
		const markup = renderMarkup(Heatmap, { rows: segments, cols: ['a', 'b'], values: [[1, 0], [0, 1], [0, 0]] });
		const shown = [...markup.matchAll(/class="row-label"[^>]*>([^<]*)<title>([^<]*)<\/title>/g)];
		expect(shown.map((m) => m[2])).toEqual(segments);
		expect(new Set(shown.map((m) => m[1])).size).toBe(3);
		for (const m of shown) expect(m[1].length).toBeLessThan(24);
	});

	test('render(3 segments x 36 features, transpose: "auto") draws the features down the rows', () => {
		const features = Array.from({ length: 36 }, (_, j) => `AVERAGE_MONTHLY_PURCHASES_AMOUNT_MONTH_${j + 1}`);
		const values = [0, 1, 2].map((r) => features.map((_, j) => ((r + j) % 5) - 2));
		const markup = renderMarkup(Heatmap, { rows: ['Segment 1', 'Segment 2', 'Segment 3'], cols: features, values, transpose: 'auto' });
		const rowLabels = elementsWith(markup, 'data-label').filter((a) => a.class === 'row-label');
		expect(rowLabels.map((a) => a['data-label'])).toEqual(features);
		const shown = [...markup.matchAll(/class="row-label"[^>]*>([^<]*)<title>/g)].map((m) => m[1]);
		expect(new Set(shown).size).toBe(36);
		// Rows one line of text apart at least, and the cell keeps its original row/column.
		const cells = elementsWith(markup, 'data-cell');
		expect(Number(cells[0].height)).toBeGreaterThanOrEqual(11);
		const second = cells.find((c) => c['data-row'] === '2' && c['data-col'] === '1');
		expect(second?.['aria-label']).toBe(`Segment 3 vs ${features[1]}: 1.00`);
	});

	test('render(8 x 8, transpose: "auto") keeps a square matrix as it is', () => {
		const markup = renderMarkup(Heatmap, { rows: names, cols: names, values: corr, transpose: 'auto' });
		const rowLabels = elementsWith(markup, 'data-label').filter((a) => a.class === 'row-label');
		expect(rowLabels.map((a) => a['data-label'])).toEqual(names);
	});

	test('snapshot of a 2 x 2 matrix', () => {
		expect(renderMarkup(Heatmap, { rows: ['x', 'y'], cols: ['x', 'y'], values: [[1, -0.5], [-0.5, 1]], legendLabel: 'r' })).toMatchSnapshot();
	});
});
