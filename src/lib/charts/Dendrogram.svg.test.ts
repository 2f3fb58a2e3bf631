import { describe, expect, test } from 'vitest';
import Dendrogram from './Dendrogram.svg.svelte';
import { categoryColor } from './palette';
import { elementsWith, renderMarkup } from './testing';
import type { LinkageTree } from './types';

const tree: LinkageTree = {
	n: 5,
	merges: new Int32Array([0, 1, 2, 3, 5, 4, 7, 6]),
	heights: new Float64Array([1, 2, 3, 6]),
	sizes: new Int32Array([2, 2, 3, 5])
};

describe('Dendrogram.svg', () => {
	test('render({tree, k: 2, oncut}) draws every merge and leaf and a cut slider at k = 2', () => {
		const markup = renderMarkup(Dendrogram, { tree, k: 2, oncut: () => {}, leafLabels: ['a', 'b', 'c', 'd', 'e'] });
		expect(elementsWith(markup, 'data-merge')).toHaveLength(4);
		expect(elementsWith(markup, 'data-leaf').map((l) => l['data-leaf'])).toEqual(['0', '1', '4', '2', '3']);
		const slider = elementsWith(markup, 'role="slider"')[0];
		expect(slider).toMatchObject({ 'aria-valuenow': '2', 'aria-valuetext': 'k = 2 clusters', tabindex: '0', 'data-cut-k': '2' });
		expect(markup).toContain('>k = 2</text>');
		expect(markup).toContain('>e</text>');
	});

	test('the cut line sits between the two merges it separates', () => {
		const markup = renderMarkup(Dendrogram, { tree, k: 2 });
		const cutY = Number(/<line class="visible"[^>]*y1="([\d.]+)"/.exec(markup)?.[1]);
		const mergeY = (id: number) => {
			const d = new RegExp(`data-merge="${id}"[^>]*d="M[\\d.]+,[\\d.]+V([\\d.]+)`).exec(markup)?.[1];
			return Number(d);
		};
		// Root (height 6) above the cut, merge 7 (height 3) below: smaller y is higher.
		expect(mergeY(8)).toBeLessThan(cutY);
		expect(mergeY(7)).toBeGreaterThan(cutY);
	});

	test('branches under the cut take one colour per cluster, the root stays grey', () => {
		const markup = renderMarkup(Dendrogram, { tree, k: 2 });
		const stroke = (id: number) => elementsWith(markup, `data-merge="${id}"`)[0].stroke;
		expect(stroke(8)).toBe('#555555');
		expect(stroke(7)).toBe(categoryColor(0));
		expect(stroke(5)).toBe(categoryColor(0));
		expect(stroke(6)).toBe(categoryColor(1));
	});

	test('render({p: 3}) draws the top of the tree with contracted leaves labelled by size', () => {
		const markup = renderMarkup(Dendrogram, { tree, k: 2, p: 3 });
		expect(elementsWith(markup, 'data-merge')).toHaveLength(2);
		expect(elementsWith(markup, 'data-leaf')).toHaveLength(3);
		expect(markup).toContain('>(2)</text>');
	});

	test('without oncut the cut line is not a slider', () => {
		const markup = renderMarkup(Dendrogram, { tree, k: 3 });
		expect(markup).not.toContain('role="slider"');
		expect(markup).toContain('data-cut-k="3"');
	});

	test('snapshot of a 3-row dendrogram', () => {
		const small: LinkageTree = { n: 3, merges: [0, 1, 3, 2], heights: [1, 2], sizes: [2, 3] };
		expect(renderMarkup(Dendrogram, { tree: small, k: 2, height: 160 })).toMatchSnapshot();
	});
});
