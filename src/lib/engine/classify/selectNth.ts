// Quickselect on an index array: reorder order[left..right] (inclusive) so that the row at
// position nth has the nth smallest value in column `dim`, smaller-or-equal rows before it and
// greater-or-equal rows after it. Used to split kd-tree nodes at the median in linear time.

export function selectNth(
	order: Int32Array,
	data: Float64Array,
	d: number,
	dim: number,
	left: number,
	right: number,
	nth: number
): void {
	const key = (p: number) => data[order[p] * d + dim];
	while (right > left) {
		const pivot = medianOfThree(key(left), key((left + right) >> 1), key(right));
		let i = left;
		let j = right;
		while (i <= j) {
			while (key(i) < pivot) i++;
			while (key(j) > pivot) j--;
			if (i <= j) {
				const t = order[i];
				order[i] = order[j];
				order[j] = t;
				i++;
				j--;
			}
		}
		if (nth <= j) right = j;
		else if (nth >= i) left = i;
		else return;
	}
}

function medianOfThree(a: number, b: number, c: number): number {
	if (a < b) return b < c ? b : a < c ? c : a;
	return a < c ? a : b < c ? c : b;
}
