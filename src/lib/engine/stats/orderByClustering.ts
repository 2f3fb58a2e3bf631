// A column order for a correlation heatmap that puts related columns side by side: the leaf order of
// an average-linkage clustering on the distance 1 - |r|. A NaN correlation counts as unrelated (|r| = 0).

/**
 * orderByClustering(corr, d): a permutation of 0..d-1 from a row-major d x d correlation matrix.
 * Deterministic: the closest pair merges first (ties: lowest indices), the group holding the lower
 * column goes first, and each merge flips either side when that brings the most related ends together.
 */
export function orderByClustering(corr: ArrayLike<number>, d: number): number[] {
	if (corr.length !== d * d) throw new Error(`correlation matrix has ${corr.length} values, expected ${d} x ${d}`);
	const distance = new Float64Array(d * d);
	for (let i = 0; i < d * d; i++) distance[i] = Number.isNaN(corr[i]) ? 1 : 1 - Math.min(1, Math.abs(corr[i]));
	const leafDistance = distance.slice();
	const groups: (number[] | null)[] = Array.from({ length: d }, (_, i) => [i]);
	for (let merges = 1; merges < d; merges++) {
		const [a, b] = closestPair(distance, groups, d);
		const left = groups[a]!;
		const right = groups[b]!;
		for (let k = 0; k < d; k++) {
			if (!groups[k] || k === a || k === b) continue;
			const averaged = (left.length * distance[k * d + a] + right.length * distance[k * d + b]) / (left.length + right.length);
			distance[k * d + a] = averaged;
			distance[a * d + k] = averaged;
		}
		groups[a] = join(left, right, leafDistance, d);
		groups[b] = null;
	}
	return d ? groups[0]! : [];
}

/** The pair of live groups (a < b) at the smallest average distance, the first found on ties. */
function closestPair(distance: Float64Array, groups: (number[] | null)[], d: number): [number, number] {
	let best = Infinity;
	let pair: [number, number] = [-1, -1];
	for (let a = 0; a < d; a++) {
		if (!groups[a]) continue;
		for (let b = a + 1; b < d; b++) {
			if (groups[b] && distance[a * d + b] < best) {
				best = distance[a * d + b];
				pair = [a, b];
			}
		}
	}
	return pair;
}

/** left then right, each possibly reversed, so that the two leaves meeting in the middle are the closest. */
function join(left: number[], right: number[], leafDistance: Float64Array, d: number): number[] {
	const options = [
		[left, right],
		[left, [...right].reverse()],
		[[...left].reverse(), right],
		[[...left].reverse(), [...right].reverse()]
	];
	let best = options[0];
	let bestGap = Infinity;
	for (const option of options) {
		const gap = leafDistance[option[0][option[0].length - 1] * d + option[1][0]];
		if (gap < bestGap) {
			bestGap = gap;
			best = option;
		}
	}
	return [...best[0], ...best[1]];
}
