// The WebAssembly shard keeps its bounds in f32, rounded outwards (wasm/assembly/bounds.ts). Rows here
// sit a few f32 steps from the boundary between two centres and the centres move by less than half
// an f32 step a pass, so a bound rounded to the nearest f32 instead (up to half a step wrong, far above
// the 1e-10 safety margin) would skip a row that changes label.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { createOracleShard } from './oracle';
import { createWasmShard } from './wasmShard';

const step = 2 ** -28;

/** Rows 1 + j/2^27 (j < rows) on the first feature, the other features 0. */
function nearOne(rows: number, d: number): Float64Array {
	const X = new Float64Array(rows * d);
	for (let i = 0; i < rows; i++) X[i * d] = 1 + i * 2 * step;
	return X;
}

/**
 * Centre 0 near 0 (`away` further left) and centre 1 near 2 on the first feature (their midpoint
 * among the rows), the others far away.
 */
function centres(k: number, d: number, a: number, b: number, away = 0): Float64Array {
	const C = new Float64Array(k * d);
	C[0] = a * step - away;
	C[d] = 2 + b * step;
	for (let c = 2; c < k; c++) {
		C[c * d] = 10 + c;
		if (d > 1) C[c * d + 1] = c % 7;
	}
	return C;
}

describe('createWasmShard bounds in f32', () => {
	// travel: centre 0 first comes 48 units from the left in 4 passes, so the bounds, stored relative to
	// each centre's summed moves, are below 0 for its rows (rounding must step the other way there).
	for (const [k, travel] of [[2, 0], [5, 0], [60, 0], [200, 0], [5, 48], [60, 48]]) {
		it(`createWasmShard(X, 400, d).step(centres) keeps the oracle's labels when centres move by less than an f32 step a pass (k = ${k}, travel ${travel}, d 1..8)`, () => {
			const random = createRandom(k);
			for (const d of [1, 2, 5, 8]) {
				const rows = 400;
				const X = nearOne(rows, d);
				const shard = createWasmShard(X, rows, d);
				const oracle = createOracleShard(X, rows, d);
				// The rows span 1 .. 1 + 800 / 2^28: the boundary (a + b) / 2^29 + 1 starts among them.
				let a = random.int(200);
				let b = 400 + random.int(200);
				let moved = 0;
				for (let pass = 0; pass < 40; pass++) {
					const C = centres(k, d, a, b, (travel * Math.max(0, 4 - pass)) / 4);
					if (pass === 0) {
						shard.start(C, k);
						oracle.start(C, k);
					} else {
						shard.step(C);
						moved += oracle.step(C).changed;
					}
					expect(shard.labels()).toEqual(oracle.labels());
					a += random.int(33) - 16;
					b += random.int(33) - 16;
				}
				// The test only means something if rows did change label on the way.
				expect(moved).toBeGreaterThan(40);
			}
		});
	}
});
