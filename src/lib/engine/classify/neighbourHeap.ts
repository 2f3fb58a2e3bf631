// A bounded max-heap of (squared distance, training index) pairs holding the `capacity` nearest
// candidates seen so far. Ordered by distance, then by index, so that among equally distant
// points the earlier training row wins, as scikit-learn's stable neighbour order does.

export class NeighbourHeap {
	readonly capacity: number;
	size = 0;
	readonly distances: Float64Array;
	readonly indices: Int32Array;

	constructor(capacity: number) {
		this.capacity = capacity;
		this.distances = new Float64Array(capacity);
		this.indices = new Int32Array(capacity);
	}

	reset(): void {
		this.size = 0;
	}

	get full(): boolean {
		return this.size === this.capacity;
	}

	/** Squared distance of the worst kept candidate; Infinity while the heap is not full. */
	get worst(): number {
		return this.size === this.capacity ? this.distances[0] : Infinity;
	}

	/** Offer a candidate; it is kept when the heap has room or it beats the current worst. */
	push(distance: number, index: number): void {
		const ds = this.distances;
		const is = this.indices;
		if (this.size < this.capacity) {
			let i = this.size++;
			while (i > 0) {
				const parent = (i - 1) >> 1;
				if (!after(distance, index, ds[parent], is[parent])) break;
				ds[i] = ds[parent];
				is[i] = is[parent];
				i = parent;
			}
			ds[i] = distance;
			is[i] = index;
			return;
		}
		if (!after(ds[0], is[0], distance, index)) return;
		this.siftDown(distance, index);
	}

	private siftDown(distance: number, index: number): void {
		const ds = this.distances;
		const is = this.indices;
		const n = this.size;
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= n) break;
			let child = left;
			const right = left + 1;
			if (right < n && after(ds[right], is[right], ds[left], is[left])) child = right;
			if (!after(ds[child], is[child], distance, index)) break;
			ds[i] = ds[child];
			is[i] = is[child];
			i = child;
		}
		ds[i] = distance;
		is[i] = index;
	}

	/** The kept candidates, nearest first (ties by index), as squared distances. */
	sorted(): { indices: Int32Array; squaredDistances: Float64Array } {
		const n = this.size;
		const order = Array.from({ length: n }, (_, i) => i);
		const ds = this.distances;
		const is = this.indices;
		order.sort((a, b) => ds[a] - ds[b] || is[a] - is[b]);
		const indices = new Int32Array(n);
		const squaredDistances = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			indices[i] = is[order[i]];
			squaredDistances[i] = ds[order[i]];
		}
		return { indices, squaredDistances };
	}
}

/** True when candidate (d1, i1) ranks after (d2, i2): farther, or as far with a later index. */
function after(d1: number, i1: number, d2: number, i2: number): boolean {
	return d1 > d2 || (d1 === d2 && i1 > i2);
}
