// Ascending sort of NaN-free float64 values by least-significant-digit radix (four 16-bit digits of
// each value's bits, flipped so unsigned order is numeric order). The Data step sorts every numeric
// column of a table for its summary; at a million rows this takes a third of the time of the
// built-in typed-array sort. Below `radixFrom` values the built-in sort is faster and is used.
// Order is the built-in sort's exactly: -Infinity first, -0 before +0, +Infinity last.

const radixFrom = 50_000;

/** Sorts `values` (no NaN) in place, ascending; returns it. */
export function sortFloat64(values: Float64Array): Float64Array {
	const n = values.length;
	if (n < radixFrom) return values.sort();
	const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
	// Keys: the sign bit flipped for positives, every bit flipped for negatives (little-endian: word 1 is high).
	for (let i = 0; i < n; i++) {
		const hi = words[2 * i + 1];
		if (hi & 0x80000000) {
			words[2 * i] = ~words[2 * i];
			words[2 * i + 1] = ~hi;
		} else words[2 * i + 1] = hi | 0x80000000;
	}
	const counts = new Uint32Array(4 * 65536);
	for (let i = 0; i < n; i++) {
		const lo = words[2 * i];
		const hi = words[2 * i + 1];
		counts[lo & 0xffff]++;
		counts[65536 + (lo >>> 16)]++;
		counts[131072 + (hi & 0xffff)]++;
		counts[196608 + (hi >>> 16)]++;
	}
	let from: Uint32Array = words;
	let to: Uint32Array = new Uint32Array(n * 2);
	for (let pass = 0; pass < 4; pass++) {
		const base = pass * 65536;
		// A digit every value shares moves nothing: skip the pass.
		if (counts[base + digit(from, 0, pass)] === n) continue;
		let sum = 0;
		for (let b = 0; b < 65536; b++) {
			const c = counts[base + b];
			counts[base + b] = sum;
			sum += c;
		}
		for (let i = 0; i < n; i++) {
			const at = counts[base + digit(from, i, pass)]++ * 2;
			to[at] = from[2 * i];
			to[at + 1] = from[2 * i + 1];
		}
		[from, to] = [to, from];
	}
	for (let i = 0; i < n; i++) {
		const hi = from[2 * i + 1];
		if (hi & 0x80000000) {
			words[2 * i] = from[2 * i];
			words[2 * i + 1] = hi & 0x7fffffff;
		} else {
			words[2 * i] = ~from[2 * i];
			words[2 * i + 1] = ~hi;
		}
	}
	return values;
}

function digit(words: Uint32Array, i: number, pass: number): number {
	const word = words[2 * i + (pass >> 1)];
	return pass & 1 ? word >>> 16 : word & 0xffff;
}
