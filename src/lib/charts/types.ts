// Plain data shapes the chart components take. The engine computes them; charts only draw them.

/** One histogram bin [x0, x1) with its row count. */
export interface HistogramBin {
	x0: number;
	x1: number;
	count: number;
}

/** A point in data units. */
export interface XY {
	x: number;
	y: number;
}

/** One bar of a category chart. */
export interface BarItem {
	label: string;
	count: number;
}

/** Five-number summary of one box; whiskers are the furthest points within 1.5 IQR. */
export interface BoxStats {
	label: string;
	q1: number;
	median: number;
	q3: number;
	whiskerLow: number;
	whiskerHigh: number;
	/** Points beyond the whiskers (the engine may cap how many it sends). */
	outliers: readonly number[];
	/** Fill colour; default from the categorical palette by position. */
	color?: string;
}

/** One line of a LineChart. */
export interface LineSeries {
	name: string;
	points: readonly XY[];
	color?: string;
}

/** An x worth pointing out (recommended k) and why. */
export interface MarkedX {
	x: number;
	/** Shown as a caption: "Largest silhouette (0.42)". */
	reason: string;
	/** What kind of mark this is; default "Recommended". */
	label?: string;
}

/** A cluster centre in the scatter's coordinates. */
export interface Centroid {
	x: number;
	y: number;
	/** Segment label (index into segment names/colours). */
	label: number;
	/** Hover text; default "Centre of Segment N: name" from the label. */
	title?: string;
}

/** A segment as the legend and marks show it. */
export interface SegmentInfo {
	name: string;
	color?: string;
}

/** Text rows shown in the scatter tooltip for one data row. */
export type RowInfo = (index: number) => { label: string; value: string }[];

/**
 * A hierarchical clustering merge tree in scipy's linkage convention: merge i joins clusters
 * merges[2i] and merges[2i+1] (ids < n are single rows, id n+j is the cluster made by merge j)
 * at height heights[i], giving a cluster of sizes[i] rows. Heights are non-decreasing.
 */
export interface LinkageTree {
	/** Number of rows (leaves). */
	n: number;
	/** 2 * (n - 1) cluster ids, two per merge. */
	merges: Int32Array | readonly number[];
	/** n - 1 merge heights (distances). */
	heights: Float64Array | readonly number[];
	/** n - 1 cluster sizes after each merge. */
	sizes: Int32Array | readonly number[];
}
