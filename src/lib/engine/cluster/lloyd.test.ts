import { describe, expect, test } from 'vitest';
import { fromRows } from '../matrix';
import { gaussianBlobs, randomCentres } from './blobs';
import { lloydPartial, reducePartials, updateCentres } from './lloyd';
import { relocateEmptyClusters } from './relocate';

describe('lloydPartial', () => {
	test('lloydPartial(X, 0, n, centres, 2) assigns each row to the nearest centre (ties to the lowest index) and sums them', () => {
		const X = fromRows([[0], [1], [2], [9]]);
		const got = lloydPartial(X, 0, 4, Float64Array.from([0, 2]), 2);
		// Row 1 is as far from both centres: it goes to centre 0.
		expect(Array.from(got.labels)).toEqual([0, 0, 1, 1]);
		expect(Array.from(got.counts)).toEqual([2, 2]);
		expect(Array.from(got.sums)).toEqual([1, 11]);
		expect(got.inertia).toBe(0 + 1 + 0 + 49);
		expect(got.changed).toBe(4);
	});

	test('lloydPartial over row shards, reduced, equals one pass over every row (d = 3, 8 and 11)', () => {
		for (const d of [3, 8, 11]) {
			const { X } = gaussianBlobs({ rows: 5000, centres: randomCentres(4, d, 1), seed: d });
			const centres = X.data.slice(0, 6 * d);
			const whole = lloydPartial(X, 0, 5000, centres, 6);
			const parts = [lloydPartial(X, 0, 1700, centres, 6), lloydPartial(X, 1700, 3001, centres, 6), lloydPartial(X, 3001, 5000, centres, 6)];
			const reduced = reducePartials(parts);
			expect(reduced.labels).toEqual(whole.labels);
			expect(reduced.counts).toEqual(whole.counts);
			reduced.sums.forEach((v, p) => expect(v).toBeCloseTo(whole.sums[p], 9));
			expect(reduced.inertia).toBeCloseTo(whole.inertia, 6);
		}
	});

	test('lloydPartial counts the labels that changed from `previous`', () => {
		const X = fromRows([[0], [10]]);
		expect(lloydPartial(X, 0, 2, Float64Array.from([0, 10]), 2, Int32Array.from([0, 0])).changed).toBe(1);
	});
});

describe('updateCentres and relocateEmptyClusters', () => {
	test('updateCentres returns the summed squared shift and keeps an empty centre in place', () => {
		const out = new Float64Array(2);
		const shift = updateCentres(Float64Array.from([6, 0]), Int32Array.from([3, 0]), Float64Array.from([1, 5]), out);
		expect(Array.from(out)).toEqual([2, 5]);
		expect(shift).toBe(1);
	});

	test('relocateEmptyClusters moves the row farthest from its centre into the empty cluster', () => {
		const X = fromRows([[0], [1], [9]]);
		const labels = Int32Array.from([0, 0, 0]);
		const sums = Float64Array.from([10, 0]);
		const counts = Int32Array.from([3, 0]);
		expect(relocateEmptyClusters(X, labels, Float64Array.from([1, 50]), sums, counts)).toEqual([2]);
		expect(Array.from(labels)).toEqual([0, 0, 1]);
		expect(Array.from(sums)).toEqual([1, 9]);
		expect(Array.from(counts)).toEqual([2, 1]);
	});
});
