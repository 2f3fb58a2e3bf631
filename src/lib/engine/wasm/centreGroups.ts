// Groups of centres for the Yinyang bounds (Ding et al. 2015): a few Lloyd iterations over the
// centres themselves, so each group holds centres near one another and one bound per group stays
// tight. The grouping only decides how much work the bounds save, never which labels come out.

/**
 * Centres at or above this many use Yinyang's group bounds; below, Hamerly's single bound, which was as
 * fast or faster up to k = 100 on std-4 blobs (k = 200: Yinyang's later passes about 30 % cheaper).
 */
export const yinyangFromK = 50;

/**
 * Group of each centre (0..groups-1, no empty group) for k centres (k x d, row-major), about k/40
 * groups: Ding et al. suggest k/10, but here each group a row keeps costs more than the distances
 * finer groups save (k = 200, std-4 blobs: a bounded pass took 34 ms a 100k rows with k/10, 24 ms with k/40).
 */
export function centreGroups(centres: Float64Array, k: number, d: number): { groupOf: Int32Array; groups: number } {
	const wanted = Math.max(1, Math.ceil(k / 40));
	const means = new Float64Array(wanted * d);
	for (let g = 0; g < wanted; g++) {
		const c = Math.floor((g * k) / wanted);
		means.set(centres.subarray(c * d, c * d + d), g * d);
	}
	const groupOf = new Int32Array(k);
	for (let iteration = 0; iteration < 5; iteration++) {
		for (let c = 0; c < k; c++) {
			let best = Infinity;
			for (let g = 0; g < wanted; g++) {
				let s = 0;
				for (let t = 0; t < d; t++) {
					const u = centres[c * d + t] - means[g * d + t];
					s += u * u;
				}
				if (s < best) {
					best = s;
					groupOf[c] = g;
				}
			}
		}
		const sizes = new Float64Array(wanted);
		const sums = new Float64Array(wanted * d);
		for (let c = 0; c < k; c++) {
			sizes[groupOf[c]]++;
			for (let t = 0; t < d; t++) sums[groupOf[c] * d + t] += centres[c * d + t];
		}
		for (let g = 0; g < wanted; g++) if (sizes[g] > 0) for (let t = 0; t < d; t++) means[g * d + t] = sums[g * d + t] / sizes[g];
	}
	// Renumber so no group is empty, in order of first member.
	const renumber = new Int32Array(wanted).fill(-1);
	let groups = 0;
	for (let c = 0; c < k; c++) {
		if (renumber[groupOf[c]] < 0) renumber[groupOf[c]] = groups++;
		groupOf[c] = renumber[groupOf[c]];
	}
	return { groupOf, groups };
}

/**
 * Positions of the centres in the kernels' transposed layout: each group's centres in index order,
 * padded to an even count (a SIMD vector holds two); perm[p] is the centre at position p or -1.
 */
export function centrePositions(groupOf: Int32Array, groups: number): { perm: Int32Array; groupStart: Int32Array } {
	const members: number[][] = Array.from({ length: groups }, () => []);
	groupOf.forEach((g, c) => members[g].push(c));
	const groupStart = new Int32Array(groups + 1);
	const perm: number[] = [];
	for (let g = 0; g < groups; g++) {
		groupStart[g] = perm.length;
		perm.push(...members[g]);
		if (perm.length % 2) perm.push(-1);
	}
	groupStart[groups] = perm.length;
	return { perm: Int32Array.from(perm), groupStart };
}
