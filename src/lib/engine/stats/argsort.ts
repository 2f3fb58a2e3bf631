// Row order by value for a million numbers: an LSD radix sort of the doubles' bit patterns, carrying
// row indices. A comparator sort of indices takes seconds there, and looking each value up in a
// sorted copy misses the cache on every step; radix passes read and write memory in order.

const digitBits = 16;
const buckets = 1 << digitBits;
/** Below this, the engine's comparator sort is quicker than four histogram passes. */
const smallInput = 2048;

/**
 * argsort(values): the indices 0..n-1 ordered by value ascending, equal values in index order
 * (stable), -0 just before 0, NaN last.
 */
export function argsort(values: Float64Array): Uint32Array {
	const n = values.length;
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	if (n < smallInput) return order.sort((a, b) => compare(values[a], values[b]) || a - b);
	const { low, high } = sortableKeys(values);
	let keys: Uint32Array[] = [low, high];
	let spare: Uint32Array[] = [new Uint32Array(n), new Uint32Array(n)];
	let index: Uint32Array = order;
	let spareIndex: Uint32Array = new Uint32Array(n);
	const counts = new Uint32Array(buckets);
	for (let pass = 0; pass < 4; pass++) {
		const word = pass >> 1;
		const shift = (pass & 1) * digitBits;
		if (!countDigits(keys[word], shift, counts)) continue;
		scatter(keys, spare, index, spareIndex, word, shift, counts);
		[keys, spare] = [spare, keys];
		[index, spareIndex] = [spareIndex, index];
	}
	return index;
}

function compare(a: number, b: number): number {
	if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
	if (Number.isNaN(b)) return -1;
	if (a === b) return Object.is(a, -0) && Object.is(b, 0) ? -1 : Object.is(a, 0) && Object.is(b, -0) ? 1 : 0;
	return a < b ? -1 : 1;
}

/** IEEE bits turned into unsigned keys that order as the numbers do: negatives inverted, sign set on positives. */
function sortableKeys(values: Float64Array): { low: Uint32Array; high: Uint32Array } {
	const n = values.length;
	const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
	const little = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;
	const lo = little ? 0 : 1;
	const low = new Uint32Array(n);
	const high = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		let h = bits[2 * i + 1 - lo];
		let l = bits[2 * i + lo];
		if (Number.isNaN(values[i])) {
			h = 0xffffffff;
			l = 0xffffffff;
		} else if (h & 0x80000000) {
			h = ~h;
			l = ~l;
		} else {
			h |= 0x80000000;
		}
		low[i] = l >>> 0;
		high[i] = h >>> 0;
	}
	return { low, high };
}

/** Histogram of one 16-bit digit into exclusive prefix sums; false when every key shares it (pass skipped). */
function countDigits(keys: Uint32Array, shift: number, counts: Uint32Array): boolean {
	counts.fill(0);
	for (let i = 0; i < keys.length; i++) counts[(keys[i] >>> shift) & 0xffff]++;
	let total = 0;
	for (let b = 0; b < buckets; b++) {
		const c = counts[b];
		if (c === keys.length) return false;
		counts[b] = total;
		total += c;
	}
	return true;
}

function scatter(keys: Uint32Array[], spare: Uint32Array[], index: Uint32Array, spareIndex: Uint32Array, word: number, shift: number, counts: Uint32Array): void {
	const [low, high] = keys;
	const [toLow, toHigh] = spare;
	const digitKeys = keys[word];
	for (let i = 0; i < index.length; i++) {
		const at = counts[(digitKeys[i] >>> shift) & 0xffff]++;
		toLow[at] = low[i];
		toHigh[at] = high[i];
		spareIndex[at] = index[i];
	}
}
