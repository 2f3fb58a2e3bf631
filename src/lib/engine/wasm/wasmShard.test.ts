import { describe, expect, it } from 'vitest';
import { gaussianBlobs, randomCentres } from '../cluster/blobs';
import { createTsShard } from '../parallel/tsShard';
import type { KMeansShard, StepResult } from '../parallel/shard';
import { createRandom } from '../random';
import { createOracleShard, type LabelledShard } from './oracle';
import { createWasmShard, wasmAvailable } from './wasmShard';

function blobs(rows: number, d: number, k: number, seed = 1): Float64Array {
	return gaussianBlobs({ rows, centres: randomCentres(Math.max(k, 2), d, seed + 6), spread: 3, seed }).X.data;
}

/** k rows as initial centres: rows 0, 7, 14, ... (mod the row count, distinct while it is not a multiple of 7). */
function rowsAsCentres(X: Float64Array, d: number, k: number): Float64Array {
	const rows = X.length / d;
	const C = new Float64Array(k * d);
	for (let c = 0; c < k; c++) {
		const i = (c * 7) % rows;
		C.set(X.subarray(i * d, i * d + d), c * d);
	}
	return C;
}

/** The driver's update: each centre to its mean, an empty one stays. */
function means(r: StepResult, previous: Float64Array, k: number, d: number): Float64Array {
	const next = previous.slice();
	for (let c = 0; c < k; c++) if (r.counts[c] > 0) for (let t = 0; t < d; t++) next[c * d + t] = r.sums[c * d + t] / r.counts[c];
	return next;
}

function expectSameStep(got: StepResult, want: StepResult): void {
	expect(Array.from(got.counts)).toEqual(Array.from(want.counts));
	expect(got.changed).toBe(want.changed);
	const scale = want.sums.reduce((m, v) => Math.max(m, Math.abs(v)), 1);
	for (let j = 0; j < want.sums.length; j++) expect(Math.abs(got.sums[j] - want.sums[j])).toBeLessThanOrEqual(1e-9 * scale);
}

/** start from C0, then `steps` passes with the centres from `next`, checking labels and sums each pass. */
function compareRun(a: LabelledShard, b: LabelledShard, C0: Float64Array, k: number, steps: number, next = (r: StepResult, C: Float64Array) => means(r, C, k, a.d)) {
	let C = C0;
	for (let it = 0; it <= steps; it++) {
		const got = it === 0 ? a.start(C, k) : a.step(C);
		const want = it === 0 ? b.start(C, k) : b.step(C);
		expect(a.labels()).toEqual(b.labels());
		expectSameStep(got, want);
		C = next(want, C);
	}
	const f = a.finish(C);
	const g = b.finish(C);
	// Labels below 256 come back as bytes (a quarter of what the pool gathers), k = 256 and up as Int32.
	expect(f.labels).toBeInstanceOf(k <= 256 ? Uint8Array : Int32Array);
	expect(Array.from(f.labels)).toEqual(Array.from(g.labels));
	expect(f.inertia).toBe(g.inertia);
}

describe('createWasmShard', () => {
	it('wasmAvailable() is true in Node 20 (WebAssembly SIMD)', () => {
		expect(wasmAvailable()).toBe(true);
	});

	for (const d of [1, 2, 3, 5, 8, 13, 17, 33, 64]) {
		it(`createWasmShard(X, 1000, ${d}).start/step/finish give the full-pass oracle's labels and sums, k in 1..200`, () => {
			const X = blobs(1000, d, 8, d);
			for (const k of [1, 2, 5, 20, 100, 200]) compareRun(createWasmShard(X, 1000, d), createOracleShard(X, 1000, d), rowsAsCentres(X, d, k), k, 6);
		});
	}

	it('k = 300: finish() labels past 255 come back whole (Int32), as the oracle\'s', () => {
		const X = blobs(1000, 3, 8, 3);
		compareRun(createWasmShard(X, 1000, 3), createOracleShard(X, 1000, 3), rowsAsCentres(X, 3, 300), 300, 2);
	});

	it('createWasmShard(X, rows, d) for every d from 1 to 64 gives the oracle labels (k = 3 Hamerly, k = 52 Yinyang)', () => {
		for (let d = 1; d <= 64; d++) {
			const X = blobs(400, d, 4, d);
			for (const k of [3, 52]) compareRun(createWasmShard(X, 400, d), createOracleShard(X, 400, d), rowsAsCentres(X, d, k), k, 3);
		}
	});

	it('step(centres) breaks exact ties to the lowest centre index (integer rows, duplicate and equidistant centres)', () => {
		const random = createRandom(3);
		for (const d of [1, 2, 3, 5, 8, 13]) {
			for (const k of [2, 5, 20, 90]) {
				const rows = 400;
				// Small integer coordinates: many duplicate rows and many rows equidistant from centres.
				const X = Float64Array.from({ length: rows * d }, () => random.int(4));
				const integerCentres = () => {
					const C = Float64Array.from({ length: k * d }, () => random.int(4) + (random.next() < 0.3 ? 0.5 : 0));
					C.set(C.subarray(0, d), (k - 1) * d); // the last centre duplicates the first
					return C;
				};
				compareRun(createWasmShard(X, rows, d), createOracleShard(X, rows, d), integerCentres(), k, 5, () => integerCentres());
				// Means, then integer centres again: bounds carried over from real steps meet exact ties.
				compareRun(createWasmShard(X, rows, d), createOracleShard(X, rows, d), integerCentres(), k, 6, (r, C) => (random.next() < 0.5 ? means(r, C, k, d) : integerCentres()));
			}
		}
	});

	it('seed/trial/commit/pick give the oracle potentials and rows exactly', () => {
		for (const d of [1, 3, 8, 17]) {
			const X = blobs(500, d, 5, d);
			const a: KMeansShard = createWasmShard(X, 500, d);
			const b: KMeansShard = createOracleShard(X, 500, d);
			expect(a.seed(a.row(11))).toBe(b.seed(b.row(11)));
			for (let c = 0; c < 6; c++) {
				const candidates = rowsAsCentres(X, d, 3 + (c % 2) * 4).map((v) => v + c);
				const count = candidates.length / d;
				expect(Array.from(a.trial(candidates, count))).toEqual(Array.from(b.trial(candidates, count)));
				const pot = a.commit(candidates.subarray(0, d));
				expect(pot).toBe(b.commit(candidates.subarray(0, d)));
				for (const f of [0, 0.25, 0.5, 0.999]) expect(a.pick(f * pot)).toBe(b.pick(f * pot));
			}
			expect(Array.from(a.row(499))).toEqual(Array.from(X.subarray(499 * d)));
		}
	});

	it('seed() after a run (k-means++ reuses the bounds memory) needs start() again, which then matches the oracle', () => {
		const X = blobs(700, 5, 60);
		const a = createWasmShard(X, 700, 5);
		const b = createOracleShard(X, 700, 5);
		for (const k of [6, 60]) {
			compareRun(a, b, rowsAsCentres(X, 5, k), k, 3);
			expect(a.seed(a.row(3))).toBe(b.seed(b.row(3)));
			expect(() => a.step(rowsAsCentres(X, 5, k))).toThrow(/call start\(\) before step\(\)/);
		}
	});

	it('farthest(count) lists the rows farthest from their centre as the oracle does', () => {
		const X = blobs(500, 4, 5);
		const a = createWasmShard(X, 500, 4);
		const b = createOracleShard(X, 500, 4);
		const C = rowsAsCentres(X, 4, 5);
		a.start(C, 5);
		b.start(C, 5);
		const C1 = C.map((v) => v + 0.25);
		a.step(C1);
		b.step(C1);
		const got = a.farthest(7);
		const want = b.farthest(7);
		expect(Array.from(got.distances)).toEqual(Array.from(want.distances));
		expect(Array.from(got.rows)).toEqual(Array.from(want.rows));
	});

	it('createWasmShard matches the TypeScript shard (parallel/tsShard.ts) on blobs: labels, counts, sums', () => {
		for (const [d, k] of [[3, 5], [8, 5], [17, 5], [6, 30]]) {
			const X = blobs(2000, d, k, d);
			const a = createWasmShard(X, 2000, d);
			const b = createTsShard(X, 2000, d);
			let C = rowsAsCentres(X, d, k);
			for (let it = 0; it < 6; it++) {
				const got = it === 0 ? a.start(C, k) : a.step(C);
				const want = it === 0 ? b.start(C, k) : b.step(C);
				expectSameStep(got, want);
				C = means(want, C, k, d);
			}
			expect(Array.from(a.finish(C).labels)).toEqual(Array.from(b.finish(C).labels));
		}
	});

	it('createWasmShard and the TypeScript shard give identical labels on exact and rounding-level ties (d 1..13, k 2..90)', () => {
		// Decimal fractions make distances whose last bit depends on the order of the sum: both kernels
		// must add features in the same order and send ties to the lowest centre index.
		const random = createRandom(11);
		const values = [0.1, 0.2, 0.3, 0.7, 1.1];
		for (const d of [1, 2, 3, 4, 5, 7, 8, 9, 13]) {
			for (const k of [2, 5, 20, 90]) {
				const rows = 500;
				const pick = () => values[random.int(values.length)];
				const X = Float64Array.from({ length: rows * d }, pick);
				const a = createWasmShard(X, rows, d);
				const b = createTsShard(X, rows, d);
				let C: Float64Array = Float64Array.from({ length: k * d }, pick);
				for (let it = 0; it < 5; it++) {
					const got = it === 0 ? a.start(C, k) : a.step(C);
					const want = it === 0 ? b.start(C, k) : b.step(C);
					expect(Array.from(got.counts)).toEqual(Array.from(want.counts));
					expect(got.changed).toBe(want.changed);
					C = random.next() < 0.5 ? means(want, C, k, d) : Float64Array.from({ length: k * d }, pick);
				}
				expect(Array.from(a.finish(C).labels)).toEqual(Array.from(b.finish(C).labels));
			}
		}
	});

	it('createWasmShard(X, rows, d) puts a row with NaN in centre 0, as the oracle, for Hamerly and Yinyang', () => {
		const X = blobs(600, 3, 5);
		X[5 * 3 + 1] = NaN;
		X[77 * 3] = NaN;
		for (const k of [4, 60]) {
			const a = createWasmShard(X, 600, 3);
			const b = createOracleShard(X, 600, 3);
			let C = rowsAsCentres(X, 3, k).map((v) => (Number.isNaN(v) ? 0 : v));
			for (let it = 0; it < 4; it++) {
				const got = it === 0 ? a.start(C, k) : a.step(C);
				const want = it === 0 ? b.start(C, k) : b.step(C);
				expect(a.labels()).toEqual(b.labels());
				expect(Array.from(got.counts)).toEqual(Array.from(want.counts));
				// Centre 0's sums hold the NaN: it stays put, the others move to their means.
				C = means(want, C, k, 3).map((v, j) => (Number.isNaN(v) ? C[j] : v));
			}
			expect(a.labels()[5]).toBe(0);
			expect(Array.from(a.finish(C).labels)).toEqual(Array.from(b.finish(C).labels));
		}
	});

	it('createWasmShard(X, 9001, 4) goes through its rows in blocks of 4096: labels, sums, finish labels and inertia as the oracle (k = 5 and 60)', () => {
		const X = blobs(9001, 4, 6, 9);
		for (const k of [5, 60]) compareRun(createWasmShard(X, 9001, 4), createOracleShard(X, 9001, 4), rowsAsCentres(X, 4, k), k, 4);
	});

	it('createWasmShard(X, rows, d) rejects a length that is not rows x d', () => {
		expect(() => createWasmShard(new Float64Array(5), 2, 3)).toThrow(/2 rows x 3 features/);
	});
});
