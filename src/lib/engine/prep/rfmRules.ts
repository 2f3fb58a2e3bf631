// Named customer segments from R, F, M scores (1-5): an ordered list of score boxes, first match
// wins, and a fallback name for cells no rule covers. Plain JSON so the UI can show and edit it.

/** Inclusive score range, e.g. [4, 5]. */
export type ScoreRange = [number, number];

export interface RfmRule {
	segment: string;
	r: ScoreRange;
	f: ScoreRange;
	m: ScoreRange;
	/** Who these customers are, for the UI. */
	description?: string;
}

export interface RfmRules {
	/** Tried in order; the first whose three ranges all hold the scores names the segment. */
	rules: RfmRule[];
	/** Segment of customers no rule matches. */
	fallback: string;
}

/**
 * The common 11-segment RFM map (as popularised by Putler), with its combined FM score split into
 * separate F and M ranges and ordered so that every rule can match and all 125 cells are covered.
 */
export const standardRfmRules: RfmRules = {
	rules: [
		{ segment: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5], description: 'Bought recently, buy often and spend the most' },
		{ segment: 'Loyal Customers', r: [3, 5], f: [3, 5], m: [1, 5], description: 'Buy regularly and recently' },
		{ segment: 'New Customers', r: [5, 5], f: [1, 1], m: [1, 5], description: 'Bought very recently, for the first time' },
		{ segment: 'Potential Loyalists', r: [4, 5], f: [1, 2], m: [3, 5], description: 'Recent customers who spent a good amount' },
		{ segment: 'Promising', r: [4, 5], f: [1, 2], m: [1, 2], description: 'Recent shoppers who have not spent much yet' },
		{ segment: 'Need Attention', r: [3, 3], f: [1, 2], m: [3, 5], description: 'Spent well but not recently nor often' },
		{ segment: 'About to Sleep', r: [3, 3], f: [1, 2], m: [1, 2], description: 'Below average on all three; will be lost without reactivation' },
		{ segment: "Can't Lose Them", r: [1, 2], f: [4, 5], m: [4, 5], description: 'Made big purchases often, but long ago' },
		{ segment: 'At Risk', r: [1, 2], f: [3, 5], m: [1, 5], description: 'Purchased often, but long ago' },
		{ segment: 'Hibernating', r: [2, 2], f: [1, 2], m: [1, 5], description: 'Few orders, last one long ago' },
		{ segment: 'Lost', r: [1, 1], f: [1, 2], m: [1, 5], description: 'Lowest recency and frequency' }
	],
	fallback: 'Other'
};

function holds(range: ScoreRange, score: number): boolean {
	return score >= range[0] && score <= range[1];
}

function matches(rule: RfmRule, r: number, f: number, m: number): boolean {
	return holds(rule.r, r) && holds(rule.f, f) && holds(rule.m, m);
}

/** Position of the first rule matching the scores, or -1 for the fallback. */
export function matchRule(rules: RfmRules, r: number, f: number, m: number): number {
	return rules.rules.findIndex((rule) => matches(rule, r, f, m));
}

/** The segment name for one customer's scores. */
export function segmentFor(rules: RfmRules, r: number, f: number, m: number): string {
	const i = matchRule(rules, r, f, m);
	return i < 0 ? rules.fallback : rules.rules[i].segment;
}

/** Throw when a rule's ranges are not whole scores 1-5 with low <= high, naming the rule. */
export function checkRfmRules(rules: RfmRules): void {
	rules.rules.forEach((rule, i) => {
		for (const key of ['r', 'f', 'm'] as const) {
			const [lo, hi] = rule[key];
			const ok = Number.isInteger(lo) && Number.isInteger(hi) && lo >= 1 && hi <= 5 && lo <= hi;
			if (!ok) throw new Error(`rule ${i + 1} ("${rule.segment}"): ${key.toUpperCase()} range [${lo}, ${hi}] must be whole scores 1-5, low first`);
		}
	});
}

export interface UnreachableRule {
	index: number;
	segment: string;
	/** Earlier rules that take its cells (empty when its box holds no score cell at all). */
	coveredBy: number[];
}

/** Rules that can never match: every R x F x M cell of their box is taken by an earlier rule. */
export function findUnreachableRules(rules: RfmRules): UnreachableRule[] {
	const taken = new Int32Array(125).fill(-1);
	const out: UnreachableRule[] = [];
	rules.rules.forEach((rule, index) => {
		let reachable = false;
		const coveredBy = new Set<number>();
		forEachCell((r, f, m, cell) => {
			if (!matches(rule, r, f, m)) return;
			if (taken[cell] < 0) {
				taken[cell] = index;
				reachable = true;
			} else coveredBy.add(taken[cell]);
		});
		if (!reachable) out.push({ index, segment: rule.segment, coveredBy: [...coveredBy].sort((a, b) => a - b) });
	});
	return out;
}

/** Score cells no rule matches, which fall to the fallback segment. */
export function fallthroughCells(rules: RfmRules): { r: number; f: number; m: number }[] {
	const out: { r: number; f: number; m: number }[] = [];
	forEachCell((r, f, m) => {
		if (matchRule(rules, r, f, m) < 0) out.push({ r, f, m });
	});
	return out;
}

function forEachCell(visit: (r: number, f: number, m: number, cell: number) => void): void {
	for (let r = 1; r <= 5; r++) {
		for (let f = 1; f <= 5; f++) {
			for (let m = 1; m <= 5; m++) visit(r, f, m, (r - 1) * 25 + (f - 1) * 5 + (m - 1));
		}
	}
}
