import { describe, expect, test } from 'vitest';
import { clusterOfNodes, clustersAt, cutHeight, dendrogramLayout } from './dendrogramLayout';
import type { LinkageTree } from './types';

// 5 rows: (0,1)@1 -> 5, (2,3)@2 -> 6, (5,4)@3 -> 7, (7,6)@6 -> 8.
const tree: LinkageTree = {
	n: 5,
	merges: new Int32Array([0, 1, 2, 3, 5, 4, 7, 6]),
	heights: new Float64Array([1, 2, 3, 6]),
	sizes: new Int32Array([2, 2, 3, 5])
};

describe('dendrogramLayout', () => {
	test('dendrogramLayout(tree) orders leaves left child first, as scipy does', () => {
		const layout = dendrogramLayout(tree);
		expect(layout.leaves).toEqual([0, 1, 4, 2, 3]);
		expect(layout.merges).toEqual([5, 6, 7, 8]);
		expect(layout.truncated).toBe(false);
		expect(layout.nodes.get(5)!.x).toBe(0.5);
		expect(layout.nodes.get(7)!.x).toBe((0.5 + 2) / 2);
		expect(layout.nodes.get(8)!.height).toBe(6);
	});

	test('dendrogramLayout(tree, p = 3) keeps the last 2 merges and contracts the rest', () => {
		const layout = dendrogramLayout(tree, 3);
		expect(layout.leaves).toEqual([5, 4, 6]);
		expect(layout.merges).toEqual([7, 8]);
		expect(layout.truncated).toBe(true);
		expect(layout.nodes.get(5)!.size).toBe(2);
		expect(layout.nodes.get(6)!.size).toBe(2);
	});

	test('a large chain is laid out without recursion limits and truncated to 50 leaves', () => {
		const n = 100_000;
		const merges = new Int32Array(2 * (n - 1));
		const heights = new Float64Array(n - 1);
		const sizes = new Int32Array(n - 1);
		for (let j = 0; j < n - 1; j++) {
			merges[2 * j] = j === 0 ? 0 : n + j - 1;
			merges[2 * j + 1] = j + 1;
			heights[j] = j;
			sizes[j] = j + 2;
		}
		const layout = dendrogramLayout({ n, merges, heights, sizes }, 50);
		expect(layout.leaves).toHaveLength(50);
		expect(layout.merges).toHaveLength(49);
		expect(layout.nodes.get(layout.leaves[0])!.size).toBe(n - 49);
	});

	test('clustersAt and cutHeight agree for every k', () => {
		for (let k = 1; k <= 5; k++) expect(clustersAt(tree, cutHeight(tree, k))).toBe(k);
		expect(cutHeight(tree, 2)).toBe(4.5);
	});

	test('clusterOfNodes(k = 3) colours three subtrees from the left', () => {
		const layout = dendrogramLayout(tree);
		const clusters = clusterOfNodes(layout, tree, 3);
		expect(clusters.get(8)).toBeUndefined();
		expect(clusters.get(7)).toBeUndefined();
		expect([clusters.get(5), clusters.get(0), clusters.get(1)]).toEqual([0, 0, 0]);
		expect(clusters.get(4)).toBe(1);
		expect([clusters.get(6), clusters.get(2), clusters.get(3)]).toEqual([2, 2, 2]);
	});

	test('a linkage of the wrong length is rejected with the counts', () => {
		expect(() => dendrogramLayout({ n: 3, merges: [0, 1], heights: [1], sizes: [2] })).toThrow('linkage for 3 rows needs 2 merges (got 1)');
	});
});
