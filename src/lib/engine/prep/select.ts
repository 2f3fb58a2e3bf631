// Quantiles without a full sort: quickselect (three-way partition, median-of-three pivot) finds the
// two order statistics linear interpolation needs, so the result equals quantileSorted on the
// sorted values (numpy's default) at O(n) instead of O(n log n) — the recipe asks for medians and
// quartiles of every column, and at a million rows the sorts were most of prepare()'s time.

/** The p-quantiles (each 0..1) of NaN-free values, as quantileSorted would give. NaN when empty. */
export function quantiles(values: ArrayLike<number>, ps: number[]): number[] {
	const n = values.length;
	if (n === 0) return ps.map(() => Number.NaN);
	const work = Float64Array.from(values);
	return ps.map((p) => {
		const h = (n - 1) * p;
		const lo = Math.floor(h);
		const a = selectNth(work, lo);
		if (h === lo || lo + 1 >= n) return a;
		let b = Infinity;
		for (let i = lo + 1; i < n; i++) if (work[i] < b) b = work[i];
		return a + (h - lo) * (b - a);
	});
}

/** Rearranges `a` so a[k] is the k-th smallest, smaller values before it and larger after; returns a[k]. */
export function selectNth(a: Float64Array, k: number): number {
	let left = 0;
	let right = a.length - 1;
	while (right > left) {
		const pivot = medianOfThree(a[left], a[(left + right) >> 1], a[right]);
		// three-way partition: [left, lt) < pivot, [lt, gt] == pivot, (gt, right] > pivot
		let lt = left;
		let gt = right;
		let i = left;
		while (i <= gt) {
			const v = a[i];
			if (v < pivot) {
				a[i++] = a[lt];
				a[lt++] = v;
			} else if (v > pivot) {
				a[i] = a[gt];
				a[gt--] = v;
			} else i++;
		}
		if (k < lt) right = lt - 1;
		else if (k > gt) left = gt + 1;
		else return pivot;
	}
	return a[k];
}

function medianOfThree(x: number, y: number, z: number): number {
	return x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
}
