import { describe, expect, it } from 'vitest';
import { flowLayout } from './flowLayout';

const input = {
	matrix: [
		[3, 1],
		[0, 4]
	],
	newBySegment: [1, 0],
	leftBySegment: [0, 1]
};

describe('flowLayout', () => {
	it('flowLayout(input, geometry) sizes nodes by customers: before + New = after + Left', () => {
		const { nodes } = flowLayout(input, { width: 300, height: 100, nodeWidth: 10, gap: 0 });
		const values = (side: string) => nodes.filter((n) => n.side === side).map((n) => [n.key, n.value]);
		expect(values('before')).toEqual([
			[0, 4],
			[1, 5],
			['new', 1]
		]);
		expect(values('after')).toEqual([
			[0, 4],
			[1, 5],
			['left', 1]
		]);
		expect(nodes.reduce((a, n) => a + n.height, 0)).toBeCloseTo(200);
	});

	it('flowLayout() makes one ribbon per non-empty cell, New and Left included', () => {
		const { links } = flowLayout(input, { width: 300, height: 100, nodeWidth: 10, gap: 0 });
		expect(links.map((l) => [l.from, l.to, l.value])).toEqual([
			[0, 0, 3],
			[0, 1, 1],
			[1, 1, 4],
			[1, 'left', 1],
			['new', 0, 1]
		]);
		expect(links[0].d.startsWith('M10,0C')).toBe(true);
	});
});
