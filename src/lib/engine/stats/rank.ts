// Ranks with ties averaged (pandas' rank(method='average'), scipy's rankdata), the input to Spearman.
import { argsort } from './argsort';

/**
 * averageRanks(values): the 1-based rank of each value among the non-missing ones, tied values
 * sharing the mean of their ranks; NaN stays NaN. Writes into `out` when given (a Float32Array holds
 * these ranks exactly up to 2^23 values, at half the memory).
 */
export function averageRanks<T extends Float64Array | Float32Array = Float64Array>(values: Float64Array, out?: T): T {
	const ranks = (out ?? new Float64Array(values.length)) as T;
	if (ranks.length !== values.length) throw new Error(`ranks buffer holds ${ranks.length} values, expected ${values.length}`);
	const order = argsort(values);
	let start = 0;
	while (start < order.length) {
		const v = values[order[start]];
		if (Number.isNaN(v)) break;
		let end = start + 1;
		while (end < order.length && values[order[end]] === v) end++;
		const rank = (start + 1 + end) / 2;
		for (let k = start; k < end; k++) ranks[order[k]] = rank;
		start = end;
	}
	for (let k = start; k < order.length; k++) ranks[order[k]] = NaN;
	return ranks;
}

/**
 * sharedRanks(values, order, other, out): average ranks of `values` among the rows where both it and
 * `other` are present, written into `out` at those rows (other rows untouched). `order` is
 * argsort(values), so ranking a pair's shared rows costs one pass instead of a sort.
 */
export function sharedRanks(values: Float64Array, order: Uint32Array, other: Float64Array, out: Float64Array): void {
	let position = 0;
	let start = 0;
	while (start < order.length) {
		const v = values[order[start]];
		if (Number.isNaN(v)) break;
		let end = start;
		let kept = 0;
		for (; end < order.length && values[order[end]] === v; end++) if (!Number.isNaN(other[order[end]])) kept++;
		const rank = position + (kept + 1) / 2;
		for (let k = start; k < end; k++) if (!Number.isNaN(other[order[k]])) out[order[k]] = rank;
		position += kept;
		start = end;
	}
}
