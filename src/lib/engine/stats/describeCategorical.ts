// Counts of a dictionary-encoded column (categorical, identifier, text, datetime): how many values,
// how many distinct, and the most frequent ones. Code -1 is missing and is only counted as such.

export interface DescribeCategoricalOptions {
	/** How many of the most frequent values to list; default 10. */
	top?: number;
}

export interface ValueCount {
	value: string;
	count: number;
}

export interface DescribeCategorical {
	/** Non-missing values. */
	count: number;
	missing: number;
	/** Dictionary entries that occur at least once (a filtered table may leave some unused). */
	distinct: number;
	/** Most frequent first; equal counts in order of first appearance in the rows. */
	top: ValueCount[];
	/** Non-missing values outside `top`, for an "other" bar. */
	otherCount: number;
}

const defaults = { top: 10 };

/** describeCategorical(codes, dictionary): counts, distinct values and the most frequent ones. */
export function describeCategorical(
	codes: Int32Array,
	dictionary: readonly string[],
	options: DescribeCategoricalOptions = {}
): DescribeCategorical {
	const { top } = { ...defaults, ...options };
	const counts = new Float64Array(dictionary.length);
	const firstRow = new Int32Array(dictionary.length).fill(-1);
	let missing = 0;
	for (let i = 0; i < codes.length; i++) {
		const code = codes[i];
		if (code < 0) missing++;
		else if (counts[code]++ === 0) firstRow[code] = i;
	}
	let distinct = 0;
	for (let c = 0; c < counts.length; c++) if (counts[c] > 0) distinct++;
	const before = (a: number, b: number) => counts[b] - counts[a] || firstRow[a] - firstRow[b];
	const best = mostFrequent(counts, Math.max(0, Math.floor(top)), before);
	const count = codes.length - missing;
	const listed = best.map((c) => ({ value: dictionary[c], count: counts[c] }));
	return { count, missing, distinct, top: listed, otherCount: count - listed.reduce((s, v) => s + v.count, 0) };
}

/**
 * The k used codes that come first in `before` order. For a short list, kept sorted by insertion, an
 * identifier column with a million distinct values costs one pass and no million-element sort.
 */
function mostFrequent(counts: Float64Array, k: number, before: (a: number, b: number) => number): number[] {
	const best: number[] = [];
	if (k === 0) return best;
	if (k > 64) {
		for (let c = 0; c < counts.length; c++) if (counts[c] > 0) best.push(c);
		return best.sort(before).slice(0, k);
	}
	for (let c = 0; c < counts.length; c++) {
		if (counts[c] === 0) continue;
		if (best.length === k && before(c, best[k - 1]) >= 0) continue;
		let at = best.length === k ? k - 1 : best.length;
		while (at > 0 && before(c, best[at - 1]) < 0) {
			best[at] = best[at - 1];
			at--;
		}
		best[at] = c;
	}
	return best;
}
