// RFM scores 1-5 as pandas computes them: qcut(values.rank(method='first'), 5, labels=1..5).
// Ranks break ties by order of appearance, so every quintile holds n/5 customers (give or take one)
// even when many share a value, such as the many one-time buyers' frequency of 1.

/**
 * Quintile score per value. `reversed` gives 5 to the smallest values (for recency: most recent =
 * 5). NaN values are not allowed: compute scores on complete columns only.
 */
export function quintileScores(values: ArrayLike<number>, reversed = false): Int32Array {
	const n = values.length;
	const order = Int32Array.from({ length: n }, (_, i) => i);
	for (let i = 0; i < n; i++) {
		if (Number.isNaN(values[i])) throw new Error(`cannot score a missing value (row ${i})`);
	}
	order.sort((a, b) => values[a] - values[b] || a - b);
	const edges = quintileEdges(n);
	const scores = new Int32Array(n);
	for (let r = 0; r < n; r++) {
		const rank = r + 1;
		let score = 1;
		for (const edge of edges) if (rank > edge) score++;
		scores[order[r]] = reversed ? 6 - score : score;
	}
	return scores;
}

/**
 * The four inner bin edges of qcut over the ranks 1..n: pandas interpolates the sorted ranks at
 * numpy.linspace(0, 1, 6), whose 0.6 is 0.6000000000000001; the same floating-point steps are
 * repeated here so a rank sitting exactly on an edge falls in the same bin (bins are right-closed).
 */
function quintileEdges(n: number): number[] {
	const at = [1, 2, 3, 4].map((j) => j * 0.2);
	return at.map((p) => {
		const index = p * (n - 1);
		const fraction = index % 1;
		const below = Math.floor(index) + 1;
		return fraction === 0 ? below : below + fraction;
	});
}
