// How much of the data a sweep's per-k work reads, so a wide range of k (up to 200 for micro-
// segments) stays within about the time of a default k = 1..10 sweep instead of growing with k x k:
// past WIDE_RANGE values of k the fit sample shrinks as 1 / kmax (never below MIN_FIT_ROWS, 50 rows a
// centre at k = 200) and the silhouette sample so that all of its k together cost what 4 exact
// silhouettes of 10,000 rows do; the gap statistic and stability stop at EVIDENCE_KMAX (they refit
// k-means some 70 times per k, and they judge whether there are a few natural groups, not 200: on
// six blobs at 3,000 rows they took 4.6 s up to k = 10 and 36 s up to k = 20, on a loaded machine).

/** Values of k (or the largest k) up to which a sweep keeps its full samples. */
export const WIDE_RANGE = 20;

/** Largest k the gap statistic and stability are computed for. */
export const EVIDENCE_KMAX = 15;

const MIN_FIT_ROWS = 10_000;
const MIN_SILHOUETTE_ROWS = 1_000;
/** Silhouette work of a whole sweep, in pairs of rows: 4 x 10,000². */
const SILHOUETTE_PAIRS = 4e8;

/** Rows the per-k fits use for a sweep up to kmax, given the asked-for size. */
export function fitSampleSizeFor(size: number, kmax: number): number {
	if (kmax <= WIDE_RANGE) return size;
	return Math.min(size, Math.max(MIN_FIT_ROWS, Math.round((size * WIDE_RANGE) / kmax)));
}

/** Rows the silhouette scores for each of `count` values of k, given the asked-for size. */
export function silhouetteSampleSizeFor(size: number, count: number): number {
	if (count <= WIDE_RANGE) return size;
	return Math.min(size, Math.max(MIN_SILHOUETTE_ROWS, Math.floor(Math.sqrt(SILHOUETTE_PAIRS / count))));
}
