// Ascending sort of NaN-free float64 values by least-significant-digit radix (four 16-bit digits of
// each value's bits, flipped so unsigned order is numeric order). The Data step sorts every numeric
// column of a table for its summary, and the Segments step ranks every feature's values for
// Kruskal-Wallis; at a million rows this takes a third of the time of the built-in typed-array sort
// (and a tenth of sorting objects with a comparator). Below `radixFrom` values the built-in sort is
// used. Order is the built-in sort's exactly: -Infinity first, -0 before +0, +Infinity last; the
// sort is stable, so a payload keeps the input order among equal values.

const radixFrom = 50_000;

/**
 * Sorts `values` (no NaN) in place, ascending; returns it. `payload` (same length), when given, is
 * permuted alongside: payload[i] stays with values[i].
 */
export function sortFloat64(values: Float64Array, payload?: Int32Array): Float64Array {
	const n = values.length;
	if (payload && payload.length !== n) throw new Error(`sortFloat64 got ${n} values but a payload of ${payload.length}`);
	if (n < radixFrom) return payload ? sortSmallWithPayload(values, payload) : values.sort();
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
	let carried: Int32Array | undefined = payload;
	let spare: Int32Array | undefined = payload ? new Int32Array(n) : undefined;
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
			const at = counts[base + digit(from, i, pass)]++;
			to[2 * at] = from[2 * i];
			to[2 * at + 1] = from[2 * i + 1];
			if (carried) spare![at] = carried[i];
		}
		[from, to] = [to, from];
		if (carried) [carried, spare] = [spare, carried];
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
	if (payload && carried !== payload) payload.set(carried!);
	return values;
}

function digit(words: Uint32Array, i: number, pass: number): number {
	const word = words[2 * i + (pass >> 1)];
	return pass & 1 ? word >>> 16 : word & 0xffff;
}

/** The built-in order (-0 before +0) with the payload carried, stable. */
function sortSmallWithPayload(values: Float64Array, payload: Int32Array): Float64Array {
	const order = Array.from({ length: values.length }, (_, i) => i);
	order.sort((a, b) => values[a] - values[b] || (Object.is(values[a], -0) && Object.is(values[b], 0) ? -1 : Object.is(values[a], 0) && Object.is(values[b], -0) ? 1 : a - b));
	const v = Float64Array.from(order, (i) => values[i]);
	const p = Int32Array.from(order, (i) => payload[i]);
	values.set(v);
	payload.set(p);
	return values;
}
