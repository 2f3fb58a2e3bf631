// Adjusted Rand index as scikit-learn's adjusted_rand_score: agreement of two partitions of the same
// rows, counted over pairs of rows and corrected for chance (1 = same partition up to renaming,
// about 0 for independent ones, negative when worse than chance). Computed from the pair confusion
// matrix as scikit-learn >= 0.24 does, so its special cases match: two identical trivial partitions
// (all one cluster, or all singletons) score 1. Labels are any integers; -1 is a label like others.

/** ARI of two labelings of the same rows; throws when their lengths differ or they are empty. */
export function adjustedRand(a: ArrayLike<number>, b: ArrayLike<number>): number {
	const n = a.length;
	if (b.length !== n) throw new Error(`adjustedRand needs two labelings of the same rows (got ${n} and ${b.length} labels)`);
	if (n === 0) throw new Error('adjustedRand needs at least one row');
	const ia = denseIds(a);
	const ib = denseIds(b);
	const ka = ia.k;
	const kb = ib.k;
	const table = new Float64Array(ka * kb);
	const rowSums = new Float64Array(ka);
	const colSums = new Float64Array(kb);
	for (let i = 0; i < n; i++) {
		table[ia.ids[i] * kb + ib.ids[i]]++;
		rowSums[ia.ids[i]]++;
		colSums[ib.ids[i]]++;
	}
	// Pair counts, each doubled (ordered pairs), as scikit-learn's pair_confusion_matrix.
	let sumSquares = 0;
	let byCol = 0;
	let byRow = 0;
	for (let r = 0; r < ka; r++) {
		for (let c = 0; c < kb; c++) {
			const v = table[r * kb + c];
			if (v === 0) continue;
			sumSquares += v * v;
			byCol += v * colSums[c];
			byRow += v * rowSums[r];
		}
	}
	const together = sumSquares - n;
	const onlyB = byCol - sumSquares;
	const onlyA = byRow - sumSquares;
	const apart = n * n - onlyB - onlyA - sumSquares;
	if (onlyA === 0 && onlyB === 0) return 1;
	return (2 * (together * apart - onlyA * onlyB)) / ((together + onlyA) * (onlyA + apart) + (together + onlyB) * (onlyB + apart));
}

/** Labels renumbered 0..k-1 in order of first appearance. */
function denseIds(labels: ArrayLike<number>): { ids: Int32Array; k: number } {
	const seen = new Map<number, number>();
	const ids = new Int32Array(labels.length);
	for (let i = 0; i < labels.length; i++) {
		let id = seen.get(labels[i]);
		if (id === undefined) {
			id = seen.size;
			seen.set(labels[i], id);
		}
		ids[i] = id;
	}
	return { ids, k: seen.size };
}
