// Suggested actions for a segment, from a table of rules over its distinctive features (already
// decided by standsOut). A rule lists conditions on a feature's meaning, kind, name and direction;
// when every condition finds its own feature, the action applies with {1}, {2} replaced by the
// features matched. Rules match on what a column means (spend, count, demographic...), so Age is
// never "heavy spending"; a name pattern only narrows a rule for well-known columns (CASH_ADVANCE).
// Plain JSON, so the rules can be shown, explained and edited; the standard set is in actionRules.ts.
import type { ColumnMeaning } from '../table';
import { standardActionRules } from './actionRules';
import { featureLabel, formatSd, formatShare, standoutFact, type Standout } from './standsOut';

/** How a feature's values read: 'number' (a quantity), 'share' (a 0/1 flag or outcome), 'category' (one-hot or code). */
export type FeatureKind = 'number' | 'share' | 'category';

export interface ActionCondition {
	direction: 'high' | 'low';
	/** Meanings the feature may have; any when absent. Features without one count as 'measure'. */
	meaning?: ColumnMeaning[];
	/** The feature's kind; any when absent. */
	kind?: FeatureKind;
	/** Case-insensitive regular expression the feature name must match; any when absent. */
	feature?: string;
	/** Case-insensitive regular expression the feature name must not match; default none. */
	not?: string;
}

export interface ActionRule {
	id: string;
	when: ActionCondition[];
	/** The rule does not fire when any of these matches a standout (nurture rare buyers unless another count is high). */
	unless?: ActionCondition[];
	/**
	 * What to do. Placeholders for the n-th matched feature: {n} its name (the category for one-hot
	 * features: "Region 3"), {n:sd} its z ("+1.20 sd"), {n:share} and {n:overall} its share in the
	 * segment and overall ("73 %"), {n:mix} "mostly Region 3" / "more Region 3 than average".
	 */
	action: string;
}

export interface ActionRules {
	/** In priority order: each rule fires at most once and each feature serves the first rule that takes it. */
	rules: ActionRule[];
	/** When nothing stands out. */
	typical: string;
	/** When features stand out but no rule fits; {features} lists them. */
	unmatched: string;
}

export interface SuggestedAction {
	/** Id of the rule that fired; 'typical' or 'unmatched' when none did. */
	rule: string;
	action: string;
	/** The profile facts that triggered it, e.g. "monetary high (+1.84 sd)". */
	because: string;
}

export { standardActionRules };

/** A distinctive feature, as profileSegments reports it. */
export type DistinctiveFeature = Standout;

/**
 * Up to `max` actions, strongest first (by the largest |z| among the features each one rests on).
 * Rules claim features in priority order; something always comes back: the fallbacks name what stands out.
 */
export function suggestActions(distinctive: DistinctiveFeature[], rules: ActionRules = standardActionRules, max = 3): SuggestedAction[] {
	const standing = distinctive.filter((f) => f.direction !== 'typical');
	const fired: { action: SuggestedAction; strength: number; order: number }[] = [];
	const used = new Set<DistinctiveFeature>();
	const texts = new Set<string>();
	for (const rule of rules.rules) {
		if (rule.unless?.some((condition) => standing.some((f) => matches(condition, f)))) continue;
		const bound = bind(rule, standing, used);
		if (!bound) continue;
		const action = fill(rule.action, bound);
		if (texts.has(action)) continue;
		texts.add(action);
		for (const f of bound) used.add(f);
		const strength = Math.max(...bound.map((f) => Math.abs(f.z)));
		fired.push({ action: { rule: rule.id, action, because: bound.map(standoutFact).join(', ') }, strength, order: fired.length });
	}
	if (fired.length) {
		return fired
			.sort((a, b) => b.strength - a.strength || a.order - b.order)
			.slice(0, max)
			.map((f) => f.action);
	}
	if (!standing.length) return [{ rule: 'typical', action: rules.typical, because: 'no feature stands out' }];
	const facts = standing.slice(0, 3).map(standoutFact).join(', ');
	return [{ rule: 'unmatched', action: rules.unmatched.replace('{features}', facts), because: facts }];
}

/** How a feature reads: a category when it has one, a share when 0/1, else a number. */
export function featureKind(f: DistinctiveFeature): FeatureKind {
	return f.category ? 'category' : f.share ? 'share' : 'number';
}

function matches(condition: ActionCondition, f: DistinctiveFeature): boolean {
	if (f.direction !== condition.direction) return false;
	if (condition.meaning && !condition.meaning.includes(f.meaning ?? 'measure')) return false;
	if (condition.kind && condition.kind !== featureKind(f)) return false;
	if (condition.feature && !new RegExp(condition.feature, 'i').test(f.feature)) return false;
	return !(condition.not && new RegExp(condition.not, 'i').test(f.feature));
}

/** The feature each condition takes (the strongest match not already used), or null. */
function bind(rule: ActionRule, distinctive: DistinctiveFeature[], used: Set<DistinctiveFeature>): DistinctiveFeature[] | null {
	const taken: DistinctiveFeature[] = [];
	for (const condition of rule.when) {
		const match = distinctive.find((f) => !used.has(f) && !taken.includes(f) && matches(condition, f));
		if (!match) return null;
		taken.push(match);
	}
	return taken;
}

function fill(text: string, bound: DistinctiveFeature[]): string {
	const filled = text.replace(/\{(\d+)(?::(sd|share|overall|mix))?\}/g, (whole, i: string, part?: string) => {
		const f = bound[Number(i) - 1];
		if (!f) return whole;
		switch (part) {
			case 'sd':
				return formatSd(f.z);
			case 'share':
				return f.share ? formatShare(f.share.segment) : whole;
			case 'overall':
				return f.share ? formatShare(f.share.overall) : whole;
			case 'mix':
				return mix(f);
			default:
				return featureLabel(f);
		}
	});
	// Only a leading "mostly ..." needs a capital; feature names keep theirs as written.
	return /^\{\d+:mix\}/.test(text) ? filled[0].toUpperCase() + filled.slice(1) : filled;
}

/** "all Region 3", "almost all", "mostly", else "more Region 3 than average"; "fewer ..." below average. */
export function mix(f: DistinctiveFeature): string {
	const label = featureLabel(f);
	if (f.direction === 'low') return `fewer ${label} than average`;
	const share = f.share?.segment ?? 0;
	if (share >= 0.995) return `all ${label}`;
	if (share >= 0.9) return `almost all ${label}`;
	return share >= 0.5 ? `mostly ${label}` : `more ${label} than average`;
}
