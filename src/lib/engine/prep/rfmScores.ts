// RFM scores 1-5, tie-aware: score = 1 + floor(5 x the share of customers with a strictly smaller
// value), as the shared reference computes them. Equal values always get equal scores, so the many
// one-time buyers all get F = 1 and customers who last bought on the same day share one R; the price
// is that the five scores need not hold a fifth of the customers each (pandas' qcut over
// rank(method='first') keeps the fifths but splits identical customers by their order in the file).

/**
 * Score per value. `reversed` counts the values strictly larger instead (for recency: the most
 * recent customers get 5). NaN values are not allowed: compute scores on complete columns only.
 */
export function quintileScores(values: ArrayLike<number>, reversed = false): Int32Array {
	const n = values.length;
	for (let i = 0; i < n; i++) {
		if (Number.isNaN(values[i])) throw new Error(`cannot score a missing value (row ${i})`);
	}
	const order = Int32Array.from({ length: n }, (_, i) => i);
	order.sort((a, b) => (reversed ? values[b] - values[a] : values[a] - values[b]));
	const scores = new Int32Array(n);
	// `before` = values strictly before the current run of equal values in the sorted order.
	let before = 0;
	for (let r = 0; r < n; r++) {
		if (r > 0 && values[order[r]] !== values[order[r - 1]]) before = r;
		// 5 x before is an exact integer, so floor of the correctly rounded quotient is exact.
		scores[order[r]] = 1 + Math.floor((5 * before) / n);
	}
	return scores;
}
