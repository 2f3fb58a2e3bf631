import { describe, expect, it } from 'vitest';
import { sizesOverSnapshots } from './sizes';

describe('sizesOverSnapshots', () => {
	it('sizesOverSnapshots(3 snapshots, 2) counts customers per segment in each, in order', () => {
		const sizes = sizesOverSnapshots(
			[
				{ name: 'jan', labels: Int32Array.of(0, 0, 1), invalidCount: 0 },
				{ name: 'feb', labels: Int32Array.of(0, 1, 1, 1), invalidCount: 2 },
				{ name: 'mar', labels: Int32Array.of(1), invalidCount: 0 }
			],
			2
		);
		expect(sizes).toEqual([
			{ name: 'jan', counts: [2, 1], total: 3, invalid: 0 },
			{ name: 'feb', counts: [1, 3], total: 4, invalid: 2 },
			{ name: 'mar', counts: [0, 1], total: 1, invalid: 0 }
		]);
	});

	it('sizesOverSnapshots() refuses a label outside the segments, naming the snapshot', () => {
		expect(() => sizesOverSnapshots([{ name: 'jan', labels: Int32Array.of(2), invalidCount: 0 }], 2)).toThrow('jan has label 2');
	});
});
