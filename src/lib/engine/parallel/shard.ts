// The contract between the k-means driver and the rows it works on. A shard is one block of prepared
// rows held by one worker (or in-process for small data and tests); the driver sends centres and gets
// back k x d sums and k counts, so per iteration only O(k·d) crosses a worker boundary. Two
// implementations: the TypeScript one (the oracle) and the WebAssembly SIMD one; both must give
// identical labels on the same rows and centres, ties to the lowest centre index.

/** What one assignment pass over a shard gives the driver. */
export interface StepResult {
	/** Sums of the shard's rows per centre (k x d, row-major) for the labels after this pass. */
	sums: Float64Array;
	/** Rows per centre after this pass (k). */
	counts: Float64Array;
	/** Rows whose label changed in this pass (every row on start). */
	changed: number;
}

export interface KMeansShard {
	readonly rows: number;
	readonly d: number;

	// Greedy k-means++ (scikit-learn's: 2 + ln k candidates per centre, the one lowering the potential most kept).
	/** closest[i] := squared distance of row i to `centre`; returns the potential (sum of closest). */
	seed(centre: Float64Array): number;
	/** For each of `count` candidates (count x d, row-major): the potential if it were added. */
	trial(candidates: Float64Array, count: number): Float64Array;
	/** closest[i] := min(closest[i], squared distance to `centre`); returns the new potential. */
	commit(centre: Float64Array): number;
	/** Local index of the first row whose running sum of closest exceeds `target` (0 <= target < potential). */
	pick(target: number): number;
	/** A copy of local row i (d values). */
	row(i: number): Float64Array;

	// Lloyd iterations (bounded: Hamerly, Yinyang for large k; labels equal to a full Lloyd pass).
	/** First pass from `centres` (k x d): full assignment, bounds reset. */
	start(centres: Float64Array, k: number): StepResult;
	/** A pass after the driver moved the centres; skips rows the bounds prove cannot move. */
	step(centres: Float64Array): StepResult;
	/**
	 * Labels against `centres` with an exact full pass, and the summed squared distance to them. A shard
	 * may send labels below 256 as bytes: a quarter of what the pool gathers besides the run's own labels.
	 */
	finish(centres: Float64Array): { labels: Int32Array | Uint8Array; inertia: number };
	/** The `count` rows farthest from their centre (for relocating empty clusters), farthest first. */
	farthest(count: number): { rows: Float64Array; distances: Float64Array };
}
