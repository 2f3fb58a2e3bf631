import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildGridIndex, nearestPoint } from './gridIndex';
import { colorToUint32 } from './palette';
import { pointSize, rasterizePoints } from './rasterize';
import {
	brushDomain,
	chooseRenderer,
	dataExtent,
	scatterNote,
	segmentColors,
	segmentCounts,
	segmentsDrawn,
	zoomDomain
} from './scatterModel';

describe('scatterModel', () => {
	test('dataExtent skips NaN/Infinity and pads 4%', () => {
		const d = dataExtent(new Float64Array([0, 10, NaN, 5]), new Float64Array([0, 100, 3, Infinity]));
		expect(d.x).toEqual([-0.4, 10.4]);
		expect(d.y).toEqual([-4, 104]);
	});

	test('dataExtent of one point or none is still a usable range', () => {
		expect(dataExtent([2], [3]).x).toEqual([1, 3]);
		expect(dataExtent([], [])).toEqual({ x: [0, 1], y: [0, 1] });
	});

	test('zoomDomain keeps the zoom centre fixed and scales the span', () => {
		fc.assert(
			fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), (cx, f) => {
				const d = zoomDomain({ x: [-100, 100], y: [0, 10] }, cx, 5, f);
				const before = (cx + 100) / 200;
				const after = (cx - d.x[0]) / (d.x[1] - d.x[0]);
				expect(after).toBeCloseTo(before, 9);
				expect(d.x[1] - d.x[0]).toBeCloseTo(200 * f, 6);
			})
		);
	});

	test('brushDomain orders corners', () => {
		expect(brushDomain(5, 1, 2, 4)).toEqual({ x: [2, 5], y: [1, 4] });
	});

	test('segmentCounts and segmentsDrawn count visible non-noise colours', () => {
		const labels = new Int32Array([0, 1, 1, -1, 2, 2, 2]);
		const counts = segmentCounts(labels);
		expect([...counts]).toEqual([[-1, 1], [0, 1], [1, 2], [2, 3]]);
		const colors = segmentColors(2);
		expect(segmentsDrawn(counts, colors, new Set())).toBe(3);
		expect(segmentsDrawn(counts, colors, new Set([1]))).toBe(2);
	});

	test('segmentCounts(labels with gaps or non-integers) skips absent labels and still sorts them', () => {
		expect([...segmentCounts(new Int32Array([5, 0, 5, -1]))]).toEqual([[-1, 1], [0, 1], [5, 2]]);
		expect([...segmentCounts([2.5, 1, 2.5])]).toEqual([[1, 1], [2.5, 2]]);
	});

	test('chooseRenderer switches to canvas at 5,000 points', () => {
		expect(chooseRenderer(4999)).toBe('svg');
		expect(chooseRenderer(5000)).toBe('canvas');
		expect(scatterNote(1_000_000, 'canvas')).toBe('Canvas: all 1,000,000 points drawn');
	});
});

describe('gridIndex', () => {
	test('nearestPoint finds the same point as a brute-force search', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 200 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(pts, qx, qy) => {
					const x = Float64Array.from(pts, (p) => p[0]);
					const y = Float64Array.from(pts, (p) => p[1]);
					const index = buildGridIndex(x, y, { x: [0, 1], y: [0, 1] }, 8, 8);
					// 500 px per unit, 40 px radius.
					const found = nearestPoint(index, x, y, qx, qy, 500, -500, 40);
					let best = -1;
					let bestD = 40 * 40;
					for (let i = 0; i < x.length; i++) {
						const d = ((x[i] - qx) * 500) ** 2 + ((y[i] - qy) * 500) ** 2;
						if (d <= bestD) {
							bestD = d;
							best = i;
						}
					}
					if (best === -1) expect(found).toBe(-1);
					else expect(((x[found] - qx) * 500) ** 2 + ((y[found] - qy) * 500) ** 2).toBeCloseTo(bestD, 9);
				}
			)
		);
	});

	test('nearestPoint skips points the accept filter rejects and NaN points', () => {
		const x = new Float64Array([0.5, 0.52, NaN]);
		const y = new Float64Array([0.5, 0.5, 0.5]);
		const index = buildGridIndex(x, y, { x: [0, 1], y: [0, 1] });
		expect(nearestPoint(index, x, y, 0.5, 0.5, 100, 100, 10)).toBe(0);
		expect(nearestPoint(index, x, y, 0.5, 0.5, 100, 100, 10, (i) => i !== 0)).toBe(1);
		expect(index.order).toHaveLength(2);
	});
});

describe('rasterizePoints', () => {
	const setup = (size: number) => {
		const pixels = new Uint32Array(4 * 4);
		const colors = new Uint32Array([colorToUint32('#999999'), colorToUint32('#E69F00'), colorToUint32('#56B4E9')]);
		return { pixels, width: 4, height: 4, colors, hidden: new Uint8Array(3), x0: 0, kx: 1, y0: 4, ky: -1, size };
	};

	test('each point lands on its pixel, y upwards, noise painted under segments', () => {
		const o = setup(1);
		const drawn = rasterizePoints({ ...o, x: [0.5, 3.5, 1.5, 1.5], y: [3.5, 0.5, 2.5, 2.5], labels: [0, 1, 0, -1] });
		expect(drawn).toBe(4);
		expect(o.pixels[0 * 4 + 0]).toBe(o.colors[1]); // (0.5, 3.5) -> top-left
		expect(o.pixels[3 * 4 + 3]).toBe(o.colors[2]); // (3.5, 0.5) -> bottom-right
		expect(o.pixels[1 * 4 + 1]).toBe(o.colors[1]); // segment 0 wins over noise at the same spot
	});

	test('hidden segments, NaN and out-of-view points are not drawn', () => {
		const o = setup(1);
		o.hidden[2] = 1;
		const drawn = rasterizePoints({ ...o, x: [0.5, 1.5, NaN, 9], y: [0.5, 1.5, 1, 1], labels: [0, 1, 0, 0] });
		expect(drawn).toBe(1);
		expect(o.pixels.filter((p) => p !== 0)).toHaveLength(1);
	});

	test('size 2 fills a 2 x 2 block clipped at the edge', () => {
		const o = setup(2);
		rasterizePoints({ ...o, x: [1.5, 3.9], y: [2.5, 0.1], labels: [0, 0] });
		expect(o.pixels.filter((p) => p !== 0)).toHaveLength(4 + 1);
	});

	test('pointSize shrinks as the count grows', () => {
		expect(pointSize(1000)).toBeGreaterThan(pointSize(100_000));
		expect(pointSize(1_000_000)).toBe(1);
	});
});
