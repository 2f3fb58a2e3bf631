// The k a sweep recommends, with a sentence saying why: the knee of the inertia curve (Kneedle),
// cross-checked against the k with the highest silhouette.
import { kneedle } from './kneedle';

export interface Recommendation {
	recommendedK: number;
	reason: string;
}

/** Rows of a sweep, in increasing k. */
export function recommendK(rows: { k: number; inertia: number; silhouette?: number }[]): Recommendation {
	if (rows.length === 0) throw new Error('recommendK needs at least one sweep row');
	const knee = rows.length >= 3 ? kneedle(rows.map((r) => r.k), rows.map((r) => r.inertia)) : null;
	let best: { k: number; silhouette: number } | undefined;
	for (const r of rows) {
		if (r.silhouette !== undefined && (!best || r.silhouette > best.silhouette)) best = { k: r.k, silhouette: r.silhouette };
	}
	const score = (s: number) => s.toFixed(2);
	if (knee !== null && best && best.k === knee) {
		return { recommendedK: knee, reason: `Knee of the inertia curve at k = ${knee} (Kneedle), where silhouette is also highest (${score(best.silhouette)})` };
	}
	if (knee !== null && best) {
		return {
			recommendedK: knee,
			reason: `Knee of the inertia curve at k = ${knee} (Kneedle); silhouette is highest at k = ${best.k} (${score(best.silhouette)})`
		};
	}
	if (knee !== null) return { recommendedK: knee, reason: `Knee of the inertia curve at k = ${knee} (Kneedle)` };
	if (best) {
		return { recommendedK: best.k, reason: `No clear knee in the inertia curve; silhouette is highest at k = ${best.k} (${score(best.silhouette)})` };
	}
	return { recommendedK: rows[0].k, reason: `Too few values of k to judge; try a wider range than ${rows[0].k}..${rows[rows.length - 1].k}` };
}
