// Features whose means are shares: 0/1 indicators (one-hot, flags, outcomes) and integer codes.
// A code's mean is no quantity (the mean of Region 1/2/3 says nothing), so a segment is described
// by the code it holds more of than everyone does: "mostly Region 3 (62 % vs 28 %)".
import { groupValues } from './featureColumn';

/** True when at least one value is present and every present value is 0 or 1. */
export function isBinary(values: Float64Array): boolean {
	let present = false;
	for (const v of values) {
		if (Number.isNaN(v)) continue;
		if (v !== 0 && v !== 1) return false;
		present = true;
	}
	return present;
}

export interface TopCode {
	value: string;
	/** Share of the segment's rows with this code. */
	segment: number;
	/** Share of all labelled rows with it. */
	overall: number;
	/** z of the code's 0/1 indicator: (segment - overall) / sqrt(overall (1 - overall)). */
	z: number;
}

/**
 * Per segment label: its most over-represented code (largest indicator z; ties: the smaller code).
 * Null when the values are not integer codes with at most `maxCodes` distinct values. Missing
 * values and noise rows are left out.
 */
export function topCodes(values: Float64Array, labels: Int32Array, maxCodes = 30): Map<number, TopCode> | null {
	const groups = groupValues(values, labels);
	const overall = new Map<number, number>();
	let total = 0;
	for (const group of groups.values()) {
		for (const v of group) {
			if (!Number.isInteger(v)) return null;
			overall.set(v, (overall.get(v) ?? 0) + 1);
			total++;
		}
		if (overall.size > maxCodes) return null;
	}
	const codes = [...overall.keys()].sort((a, b) => a - b);
	const out = new Map<number, TopCode>();
	for (const [label, group] of groups) {
		const counts = new Map<number, number>();
		for (const v of group) counts.set(v, (counts.get(v) ?? 0) + 1);
		let best: TopCode | null = null;
		for (const code of codes) {
			const all = overall.get(code)! / total;
			const own = (counts.get(code) ?? 0) / group.length;
			const spread = Math.sqrt(all * (1 - all));
			const z = spread > 0 ? (own - all) / spread : 0;
			if (!best || z > best.z) best = { value: String(code), segment: own, overall: all, z };
		}
		out.set(label, best!);
	}
	return out;
}
