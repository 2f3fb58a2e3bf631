import { describe, expect, test } from 'vitest';
import { createRandom } from '../random';
import { boxStats } from './boxStats';
import { quantileSorted } from './quantile';
import { loadExploreReference, wholesaleTableColumns } from './testing';

const values = (v: number[]) => Float64Array.from(v);

describe('boxStats', () => {
	test('boxStats(values) puts whiskers at the most extreme values inside the 1.5 IQR fences', () => {
		// sorted positions 2.5 and 7.5: q1 2.5, q3 7.5, IQR 5, fences -5 and 15
		const got = boxStats(values([-4, 1, 2, 3, 4, 5, 6, 7, 8, 12, 40, NaN]));
		expect(got).toEqual({ count: 11, q1: 2.5, median: 5, q3: 7.5, lowerWhisker: -4, upperWhisker: 12, outliers: [40], outlierCount: 1 });
		expect(boxStats(values([-6, 1, 2, 3, 4, 5, 6, 7, 8, 12, 40])).lowerWhisker).toBe(1);
	});

	test('boxStats on a symmetric case with outliers on both sides', () => {
		const got = boxStats(values([-100, -20, 0, 1, 2, 3, 4, 5, 6, 7, 8, 30, 90]));
		// sorted positions 3 and 9: q1 = 1, q3 = 7, IQR 6, fences -8 and 16
		expect([got.q1, got.median, got.q3]).toEqual([1, 4, 7]);
		expect([got.lowerWhisker, got.upperWhisker]).toEqual([0, 8]);
		expect(got.outliers).toEqual([-100, -20, 30, 90]);
		expect(got.outlierCount).toBe(4);
	});

	test('boxStats(values, {maxOutliers}) keeps the farthest beyond their fences, listed ascending', () => {
		const got = boxStats(values([-100, -20, 0, 1, 2, 3, 4, 5, 6, 7, 8, 30, 90]), { maxOutliers: 2 });
		// beyond fences: -100 by 92, -20 by 12, 30 by 14, 90 by 74
		expect(got.outliers).toEqual([-100, 90]);
		expect(got.outlierCount).toBe(4);
		expect(boxStats(values([-100, -20, 0, 1, 2, 3, 4, 5, 6, 7, 8, 30, 90]), { maxOutliers: 3 }).outliers).toEqual([-100, 30, 90]);
		expect(boxStats(values([-100, -20, 0, 1, 2, 3, 4, 5, 6, 7, 8, 30, 90]), { maxOutliers: 0 }).outliers).toEqual([]);
	});

	test('boxStats on wholesale columns: quartiles equal pandas, every value is whisker-bounded or an outlier', () => {
		const reference = loadExploreReference().describe;
		for (const { name, values: column } of wholesaleTableColumns()) {
			const got = boxStats(column);
			expect([got.q1, got.median, got.q3]).toEqual([reference[name].q25, reference[name].median, reference[name].q75]);
			const iqr = got.q3 - got.q1;
			const outside = Array.from(column).filter((v) => v < got.q1 - 1.5 * iqr || v > got.q3 + 1.5 * iqr);
			expect(got.outlierCount).toBe(outside.length);
			expect(got.outliers).toEqual(outside.sort((a, b) => a - b));
			const inside = Array.from(column).filter((v) => !outside.includes(v));
			expect(got.lowerWhisker).toBe(Math.min(...inside));
			expect(got.upperWhisker).toBe(Math.max(...inside));
		}
	});

	test('boxStats of nothing finite is all NaN; a constant has whiskers on the box', () => {
		const none = boxStats(values([NaN, Infinity]));
		expect(none.count).toBe(0);
		expect([none.q1, none.median, none.q3, none.lowerWhisker, none.upperWhisker].every(Number.isNaN)).toBe(true);
		expect(boxStats(values([3, 3, 3]))).toEqual({ count: 3, q1: 3, median: 3, q3: 3, lowerWhisker: 3, upperWhisker: 3, outliers: [], outlierCount: 0 });
	});
	test('boxStats(values) equals the numbers read off a full sort, on random data with ties and non-finite values', () => {
		const random = createRandom(5);
		for (let trial = 0; trial < 200; trial++) {
			const n = 1 + Math.floor(random.next() * 300);
			const v = Float64Array.from({ length: n }, () => {
				const u = random.next();
				// Heavy tails (outliers), repeated values (ties at quartiles and fences), and a few NaN/±Infinity.
				if (u < 0.03) return [NaN, Infinity, -Infinity][Math.floor(random.next() * 3)];
				if (u < 0.3) return Math.round(random.next() * 4);
				return (random.next() - 0.5) * (u > 0.95 ? 1000 : 10);
			});
			const sorted = Float64Array.from(Array.from(v).filter(Number.isFinite)).sort();
			const got = boxStats(v, { maxOutliers: 7 });
			const [q1, median, q3] = [0.25, 0.5, 0.75].map((p) => quantileSorted(sorted, p));
			expect([got.count, got.q1, got.median, got.q3]).toEqual([sorted.length, q1, median, q3]);
			if (sorted.length === 0) continue;
			const low = q1 - 1.5 * (q3 - q1);
			const high = q3 + 1.5 * (q3 - q1);
			const inside = Array.from(sorted).filter((x) => x >= low && x <= high);
			expect([got.lowerWhisker, got.upperWhisker]).toEqual([inside[0], inside[inside.length - 1]]);
			const beyond = Array.from(sorted).filter((x) => x < low || x > high);
			expect(got.outlierCount).toBe(beyond.length);
			const kept = [...beyond].sort((a, b) => Math.max(low - b, b - high) - Math.max(low - a, a - high)).slice(0, 7);
			expect(got.outliers).toEqual(beyond.filter((x) => kept.includes(x)).slice(0, got.outliers.length));
			expect(got.outliers.length).toBe(Math.min(7, beyond.length));
		}
	});
});
