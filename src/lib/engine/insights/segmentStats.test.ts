import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { medianInPlace, summarizeBySegment } from './segmentStats';

function sortedMedian(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

describe('segmentStats', () => {
	it('medianInPlace equals the sorted median for odd and even lengths, with many ties', () => {
		const random = createRandom(5);
		for (let n = 1; n < 200; n++) {
			const values = Array.from({ length: n }, () => (random.next() < 0.5 ? random.int(5) : random.next() * 10 - 5));
			expect(medianInPlace(Float64Array.from(values))).toBe(sortedMedian(values));
		}
	});

	it('summarizeBySegment leaves out noise and NaN and summarises each label in row order', () => {
		const values = Float64Array.from([1, 2, NaN, 4, 10, 20, 30, 5]);
		const labels = Int32Array.from([0, 0, 0, 0, 2, 2, -1, 2]);
		const { overall, bySegment } = summarizeBySegment(values, labels);
		expect([...bySegment.keys()]).toEqual([0, 2]);
		expect(bySegment.get(0)).toEqual({ count: 3, mean: 7 / 3, median: 2, std: Math.sqrt(((1 - 7 / 3) ** 2 + (2 - 7 / 3) ** 2 + (4 - 7 / 3) ** 2) / 3) });
		expect(bySegment.get(2)).toMatchObject({ count: 3, mean: 35 / 3, median: 10 });
		expect(overall).toMatchObject({ count: 6, mean: 42 / 6, median: 4.5 });
	});
});
