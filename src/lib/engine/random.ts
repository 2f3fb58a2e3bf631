// The only source of randomness in the engine: a small, fast, seeded generator (sfc32 seeded by
// splitmix32), so the same seed gives the same result in Node, the worker and every browser.

export interface Random {
	/** Uniform float in [0, 1). */
	next(): number;
	/** Uniform integer in [0, n). */
	int(n: number): number;
	/** The seed this generator started from. */
	readonly seed: number;
}

function splitmix32(state: number): () => number {
	return () => {
		state = (state + 0x9e3779b9) | 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

export function createRandom(seed: number): Random {
	if (!Number.isFinite(seed)) throw new Error(`seed must be a finite number (got ${seed})`);
	const init = splitmix32(Math.trunc(seed) | 0);
	let a = init() | 0;
	let b = init() | 0;
	let c = init() | 0;
	let d = init() | 0;
	const next = () => {
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
	for (let i = 0; i < 12; i++) next();
	return { seed, next, int: (n) => Math.floor(next() * n) };
}

/** Fisher-Yates shuffle in place. */
export function shuffle<T extends { length: number; [i: number]: unknown }>(array: T, random: Random): T {
	for (let i = array.length - 1; i > 0; i--) {
		const j = random.int(i + 1);
		const tmp = array[i];
		array[i] = array[j];
		array[j] = tmp;
	}
	return array;
}

/** k distinct indices from [0, n), in increasing order (k >= n returns all of them). */
export function sampleIndices(n: number, k: number, random: Random): Int32Array {
	if (k >= n) return Int32Array.from({ length: n }, (_, i) => i);
	const all = Int32Array.from({ length: n }, (_, i) => i);
	for (let i = 0; i < k; i++) {
		const j = i + random.int(n - i);
		const tmp = all[i];
		all[i] = all[j];
		all[j] = tmp;
	}
	return all.slice(0, k).sort();
}
