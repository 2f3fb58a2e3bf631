// Uniform-weight neighbour votes and the class they elect, shared by knn.ts and chooseKnnK.
import type { NeighbourResult } from './neighbourIndex';

/**
 * Votes per query (row-major, one column per class code) from the first k of each query's
 * neighbours; `codes` maps a training row to its class code.
 */
export function countVotes(found: NeighbourResult, k: number, codes: Int32Array, classCount: number): Int32Array {
	const stride = found.count;
	if (k > stride) throw new Error(`cannot vote with k = ${k} from ${stride} neighbours`);
	const queries = found.indices.length / stride;
	const counts = new Int32Array(queries * classCount);
	for (let q = 0; q < queries; q++) {
		for (let t = 0; t < k; t++) counts[q * classCount + codes[found.indices[q * stride + t]]]++;
	}
	return counts;
}

/** The class with most votes (or the largest share) per query; the first (smallest label) among equals, as scikit-learn. */
export function mostVoted(counts: ArrayLike<number>, classes: Int32Array): Int32Array {
	const c = classes.length;
	const out = new Int32Array(counts.length / c);
	for (let q = 0; q < out.length; q++) {
		let best = 0;
		for (let j = 1; j < c; j++) if (counts[q * c + j] > counts[q * c + best]) best = j;
		out[q] = classes[best];
	}
	return out;
}
