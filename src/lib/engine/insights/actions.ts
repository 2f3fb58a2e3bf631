// Suggested actions for a segment, from a table of rules over its distinctive features: each rule
// lists conditions (a feature-name pattern and a direction); when every condition finds its own
// distinctive feature, the rule's action applies, with {1}, {2} replaced by the matched features.
// Plain JSON, so the rules can be shown, explained and edited.

export interface ActionCondition {
	/** Case-insensitive regular expression the feature name must match. */
	feature: string;
	/** Case-insensitive regular expression the feature name must not match; default none. */
	not?: string;
	direction: 'high' | 'low';
}

export interface ActionRule {
	id: string;
	when: ActionCondition[];
	/** What to do; {1}, {2}... name the features matched by the conditions. */
	action: string;
}

export interface ActionRules {
	/** In priority order. */
	rules: ActionRule[];
	/** Suggested when no rule applies. */
	fallback: string;
}

/** A distinctive feature of a segment, as profileSegments reports it. */
export interface DistinctiveFeature {
	feature: string;
	direction: 'high' | 'low' | 'typical';
	z: number;
}

export interface SuggestedAction {
	/** Id of the rule that fired; 'fallback' when none did. */
	rule: string;
	action: string;
	/** The profile facts that triggered it, e.g. "monetary high (z = +1.84)". */
	because: string;
}

const recency = 'recen|days_since|since_last';
const frequency = 'frequen|orders|invoices|visits|transactions|purchases|^f$';
const spending = 'monetary|spend|revenue|sales|amount|clv|lifetime|order_value|^m$';
/** Features that are not a product category or spend line: RFM measures, scores, prices, ids. */
const notCategory = `${recency}|${frequency}|${spending}|tenure|score|^[rfm]$|price|quantity|qty|units|id$|segment|cluster`;

export const standardActionRules: ActionRules = {
	rules: [
		{ id: 'win-back', when: [{ feature: recency, direction: 'high' }], action: 'Win back: a personal reactivation offer, as their last purchase was long ago ({1})' },
		{ id: 'win-back-score', when: [{ feature: '^r$|^r_?score$|recency_score', direction: 'low' }], action: 'Win back: a personal reactivation offer, as their last purchase was long ago ({1})' },
		{ id: 'loyalty', when: [{ feature: spending, direction: 'high' }], action: 'Reward loyalty: VIP perks or a loyalty programme for high spenders ({1})' },
		{ id: 'bulk', when: [{ feature: 'quantity|qty|units|volume', direction: 'high' }, { feature: 'price', direction: 'low' }], action: 'Bulk offers: volume discounts for customers buying many low-priced units ({1}, {2})' },
		{ id: 'nurture-new', when: [{ feature: 'tenure|since_first|customer_age', direction: 'low' }], action: 'Nurture new customers: a welcome series and a second-purchase incentive ({1})' },
		{ id: 'nurture', when: [{ feature: frequency, direction: 'low' }], action: 'Nurture: reminders and a reason to come back sooner, as they buy rarely ({1})' },
		{ id: 'upsell', when: [{ feature: frequency, direction: 'high' }, { feature: '.', not: notCategory, direction: 'low' }], action: 'Upsell {2}: they buy often ({1}) but spend little there' },
		{ id: 'cross-sell', when: [{ feature: '.', not: notCategory, direction: 'high' }, { feature: '.', not: notCategory, direction: 'low' }], action: 'Cross-sell {2} to customers who already buy a lot of {1}' },
		{ id: 'key-account', when: [{ feature: '.', not: notCategory, direction: 'high' }], action: 'Key-account care: protect and grow their heavy spending on {1}' },
		{ id: 'activate', when: [{ feature: '.', not: notCategory, direction: 'low' }], action: 'Activate: an introductory offer on {1}, where they spend little' },
		{ id: 'premium', when: [{ feature: 'price', direction: 'high' }], action: 'Premium range and early access: they pay higher prices ({1})' }
	],
	fallback: 'Keep in regular communications: nothing in this profile calls for a specific action'
};

/** Up to `max` actions, in rule order; a rule whose action text repeats an earlier one's is skipped. */
export function suggestActions(distinctive: DistinctiveFeature[], rules: ActionRules = standardActionRules, max = 3): SuggestedAction[] {
	const out: SuggestedAction[] = [];
	const used = new Set<string>();
	for (const rule of rules.rules) {
		if (out.length >= max) break;
		const bound = bind(rule, distinctive);
		if (!bound) continue;
		if (used.has(rule.action)) continue;
		used.add(rule.action);
		const action = rule.action.replace(/\{(\d+)\}/g, (whole, i) => bound[Number(i) - 1]?.feature ?? whole);
		const because = bound.map((f) => `${f.feature} ${f.direction} (z = ${f.z >= 0 ? '+' : ''}${f.z.toFixed(2)})`).join(', ');
		out.push({ rule: rule.id, action, because });
	}
	if (!out.length) out.push({ rule: 'fallback', action: rules.fallback, because: 'no feature stands out' });
	return out;
}

/** The distinctive feature each condition takes (the strongest match not taken by an earlier condition), or null. */
function bind(rule: ActionRule, distinctive: DistinctiveFeature[]): DistinctiveFeature[] | null {
	const taken: DistinctiveFeature[] = [];
	for (const condition of rule.when) {
		const name = new RegExp(condition.feature, 'i');
		const not = condition.not ? new RegExp(condition.not, 'i') : null;
		const match = distinctive.find(
			(f) => f.direction === condition.direction && name.test(f.feature) && !(not && not.test(f.feature)) && !taken.includes(f)
		);
		if (!match) return null;
		taken.push(match);
	}
	return taken;
}
