import { describe, expect, test } from 'vitest';
import type { ColumnMeaning } from '../table';
import { standardActionRules, suggestActions, type ActionRules, type DistinctiveFeature } from './actions';

/** A standout number: direction from the sign of z. */
const f = (feature: string, z: number, meaning: ColumnMeaning = 'measure'): DistinctiveFeature => ({ feature, z, meaning, direction: z > 0 ? 'high' : 'low' });
/** A 0/1 feature (flag, outcome) with its shares in the segment and overall. */
const share = (feature: string, z: number, segment: number, overall: number, meaning: ColumnMeaning = 'outcome'): DistinctiveFeature => ({
	...f(feature, z, meaning),
	share: { segment, overall }
});
/** A one-hot (or code) category. */
const category = (column: string, value: string, z: number, segment: number, overall: number): DistinctiveFeature => ({
	...share(`${column}=${value}`, z, segment, overall, 'code'),
	category: { column, value }
});
const rules = (features: DistinctiveFeature[], max = 5) => suggestActions(features, standardActionRules, max).map((a) => a.rule);

describe('suggestActions(distinctive) with the standard rules: one table of profiles and what they call for', () => {
	const cases: { name: string; profile: DistinctiveFeature[]; rule: string; text: string }[] = [
		{ name: 'high spend on a product', profile: [f('MntWines', 1.2, 'spend')], rule: 'key-account', text: 'heavy spending on MntWines (+1.20 sd)' },
		{ name: 'low spend on a product', profile: [f('MntWines', -0.8, 'spend')], rule: 'activate', text: 'introductory offer on MntWines' },
		{ name: 'one spend high, another low', profile: [f('Detergents_Paper', 1.9, 'spend'), f('Fresh', -0.8, 'spend')], rule: 'cross-sell', text: 'Cross-sell Fresh to customers who already buy a lot of Detergents_Paper' },
		{ name: 'older by age', profile: [f('Age', 1.2, 'demographic')], rule: 'older', text: 'Older customers (Age +1.20 sd): tailor channel and tone' },
		{ name: 'younger by birth year', profile: [f('Year_Birth', 0.9, 'demographic')], rule: 'younger-by-birth-year', text: 'Younger customers (Year_Birth +0.90 sd)' },
		{ name: 'high income', profile: [f('Annual Income (k$)', 0.97, 'demographic')], rule: 'higher-income', text: 'premium offers' },
		{ name: 'low income', profile: [f('Income', -0.94, 'demographic')], rule: 'lower-income', text: 'value offers' },
		{ name: 'teens at home', profile: [f('Teenhome', 0.9, 'demographic')], rule: 'teens', text: 'Families with teens (Teenhome +0.90 sd)' },
		{ name: 'young children', profile: [f('Kidhome', 0.8, 'demographic')], rule: 'young-children', text: 'family offers' },
		{ name: 'no children', profile: [f('Teenhome', -0.9, 'demographic')], rule: 'few-children', text: 'Few children at home' },
		{ name: 'another demographic', profile: [f('household_size', 0.7, 'demographic')], rule: 'who-high', text: 'Who they are: household_size is high (+0.70 sd)' },
		{ name: 'frequency alone', profile: [f('PURCHASES_FREQUENCY', 0.98, 'count')], rule: 'frequent', text: 'Frequent buyers (PURCHASES_FREQUENCY +0.98 sd)' },
		{ name: 'rare buyers', profile: [f('NumStorePurchases', -0.8, 'count')], rule: 'nurture', text: 'as they buy rarely' },
		{ name: 'frequent but spending little', profile: [f('frequency', 1.5, 'count'), f('Frozen', -0.9, 'spend')], rule: 'upsell', text: 'Upsell Frozen: they buy often (frequency +1.50 sd) but spend little there' },
		{ name: 'deal purchases', profile: [f('NumDealsPurchases', 0.86, 'count')], rule: 'deal-seekers', text: 'Deal seekers' },
		{ name: 'long since the last purchase', profile: [f('Recency', 1.1, 'recency')], rule: 'win-back', text: 'Win back' },
		{ name: 'bought recently', profile: [f('Recency', -1.1, 'recency')], rule: 'recently-active', text: 'Recently active' },
		{ name: 'a low R score', profile: [f('R', -1.4, 'score')], rule: 'win-back-score', text: 'Win back' },
		{ name: 'new customers', profile: [f('TENURE', -1.1, 'tenure')], rule: 'nurture-new', text: 'welcome series' },
		{ name: 'a high spending score', profile: [f('Spending Score (1-100)', 0.8, 'score')], rule: 'engaged', text: 'Engage: high Spending Score (1-100)' },
		{ name: 'a low spending score', profile: [f('Spending Score (1-100)', -1.4, 'score')], rule: 'activate-score', text: 'Activate: low Spending Score (1-100)' },
		{ name: 'campaign responders', profile: [share('AcceptedCmp5', 3.5, 0.73, 0.07)], rule: 'responsive', text: 'AcceptedCmp5 is 73 % here vs 7 % overall' },
		{ name: 'complaints', profile: [share('Complain', 1.2, 0.12, 0.01)], rule: 'complaints', text: '12 % complained (vs 1 % overall)' },
		{ name: 'a 0/1 flag', profile: [share('has_app', 1, 0.8, 0.4, 'flag')], rule: 'flag-high', text: '80 % have has_app (vs 40 % overall)' },
		{ name: 'a one-hot category', profile: [category('Channel', '2', 1.4, 0.85, 0.32)], rule: 'category-mix', text: 'Mostly Channel 2 (85 % vs 32 % overall)' },
		{ name: 'a whole category', profile: [category('Region', '3', 0.7, 1, 0.72)], rule: 'category-mix', text: 'All Region 3 (100 % vs 72 % overall)' },
		{ name: 'bulk buyers', profile: [f('total_quantity', 2, 'count'), f('mean_unit_price', -0.9)], rule: 'bulk', text: 'Bulk offers' },
		{ name: 'heavy cash advances', profile: [f('CASH_ADVANCE', 0.59, 'spend')], rule: 'cash-advance', text: 'Heavy cash-advance users (CASH_ADVANCE +0.59 sd): offer an instalment plan and watch credit risk' },
		{ name: 'a large balance', profile: [f('BALANCE', 1.3, 'spend')], rule: 'revolving-balance', text: 'Carry large balances' },
		{ name: 'a rarely updated balance', profile: [f('BALANCE_FREQUENCY', -1.47, 'count')], rule: 'dormant-account', text: 'Rarely active accounts' },
		{ name: 'a high credit limit', profile: [f('CREDIT_LIMIT', 1.1, 'spend')], rule: 'high-limit', text: 'premium card' },
		{ name: 'large minimum payments', profile: [f('MINIMUM_PAYMENTS', 0.9, 'spend')], rule: 'minimum-payments', text: 'repayment plan' },
		{ name: 'paying in full', profile: [f('PRC_FULL_PAYMENT', 1.5)], rule: 'pay-in-full', text: 'Pay in full' },
		{ name: 'large repayments', profile: [f('PAYMENTS', 0.8, 'spend')], rule: 'large-repayments', text: 'Large repayments' }
	];

	test.each(cases)('$name: $rule', ({ profile, rule, text }) => {
		const [first] = suggestActions(profile);
		expect(first.rule).toBe(rule);
		expect(first.action).toContain(text);
	});

	test.each(['Age', 'Annual Income (k$)', 'Teenhome', 'Kidhome', 'Year_Birth', 'Income'])('%s never gets a spending action, high or low', (name) => {
		for (const z of [1.2, -1.2]) {
			const text = suggestActions([f(name, z, 'demographic')], standardActionRules, 5).map((a) => a.action).join(' ');
			expect(text).not.toMatch(/spending on|offer on|spend little|Key-account/i);
		}
	});

	test('card money that is borrowed or owed is never spoken of as shopping', () => {
		for (const name of ['CASH_ADVANCE', 'BALANCE', 'CREDIT_LIMIT', 'PAYMENTS', 'MINIMUM_PAYMENTS']) {
			for (const z of [1.2, -1.2]) {
				const text = suggestActions([f(name, z, 'spend')], standardActionRules, 5).map((a) => a.action).join(' ');
				expect(text, `${name} ${z}`).not.toMatch(/spending on|offer on|Cross-sell|Key-account/i);
			}
		}
	});

	test('a segment whose only standout is PURCHASES_FREQUENCY +0.98 gets a frequency action, not a fallback', () => {
		expect(rules([f('PURCHASES_FREQUENCY', 0.98, 'count')])).toEqual(['frequent']);
	});

	test('rare buyers of one kind are not nurtured when they buy often in another way', () => {
		expect(rules([f('PURCHASES_INSTALLMENTS_FREQUENCY', 1, 'count'), f('ONEOFF_PURCHASES_FREQUENCY', -0.54, 'count')])).toEqual(['frequent']);
	});

	test('each feature serves one rule: a cross-sold pair is not offered again as key account and activation', () => {
		expect(rules([f('Detergents_Paper', 1.9, 'spend'), f('Fresh', -0.8, 'spend')])).toEqual(['cross-sell']);
		expect(rules([f('Grocery', 1.9, 'spend'), f('Milk', 1.5, 'spend'), f('Fresh', -0.8, 'spend')])).toEqual(['cross-sell', 'key-account']);
	});

	test('actions come strongest first and at most max of them', () => {
		const profile = [f('Income', 0.6, 'demographic'), f('Recency', 1.4, 'recency'), f('MntWines', 0.9, 'spend')];
		expect(rules(profile)).toEqual(['win-back', 'key-account', 'higher-income']);
		expect(rules(profile, 2)).toEqual(['win-back', 'key-account']);
	});

	test('because lists the facts the action rests on', () => {
		expect(suggestActions([f('monetary', 1.8, 'spend')])[0].because).toBe('monetary high (+1.80 sd)');
		expect(suggestActions([category('Channel', '2', 1.4, 0.85, 0.32)])[0].because).toBe('Channel 2: 85 % vs 32 % overall');
	});

	test('what stands out with no rule is named in the fallback, never "no feature stands out"', () => {
		const [only] = suggestActions([f('utilisation', 0.98), f('x2', -0.6)]);
		expect(only.rule).toBe('unmatched');
		expect(only.action).toBe('utilisation high (+0.98 sd), x2 low (−0.60 sd): no standard action; look at what these customers have in common before targeting them');
		expect(only.because).not.toContain('no feature stands out');
	});

	test('nothing standing out gives the typical fallback', () => {
		expect(suggestActions([])).toEqual([{ rule: 'typical', action: standardActionRules.typical, because: 'no feature stands out' }]);
		expect(rules([{ ...f('Age', 0.1, 'demographic'), direction: 'typical' }])).toEqual(['typical']);
	});

	test('a feature without a meaning counts as a measure: no spend rule takes it', () => {
		expect(rules([{ feature: 'Grocery', z: 1.2, direction: 'high' }])).toEqual(['unmatched']);
	});
});

describe('suggestActions with custom rules', () => {
	test('a rule binds each condition to a different feature and fills {n} placeholders', () => {
		const custom: ActionRules = {
			rules: [{ id: 'pair', when: [{ feature: '^a', direction: 'high' }, { feature: '^a', direction: 'high' }], action: '{1} and {2} ({2:sd})' }],
			typical: 'none',
			unmatched: 'unmatched: {features}'
		};
		expect(suggestActions([f('a1', 2), f('a2', 1)], custom)[0].action).toBe('a1 and a2 (+1.00 sd)');
		expect(suggestActions([f('a1', 2)], custom)[0].action).toBe('unmatched: a1 high (+2.00 sd)');
	});

	test('conditions match on meaning and kind, and unless stops a rule', () => {
		const custom: ActionRules = {
			rules: [{ id: 'spend', when: [{ meaning: ['spend'], kind: 'number', direction: 'high' }], unless: [{ meaning: ['recency'], direction: 'high' }], action: '{1}' }],
			typical: 'none',
			unmatched: '-'
		};
		expect(rules2(custom, [f('x', 1, 'spend')])).toEqual(['spend']);
		expect(rules2(custom, [f('x', 1, 'count')])).toEqual(['unmatched']);
		expect(rules2(custom, [share('x', 1, 0.5, 0.2, 'spend')])).toEqual(['unmatched']);
		expect(rules2(custom, [f('x', 1, 'spend'), f('Recency', 1, 'recency')])).toEqual(['unmatched']);
	});
});

function rules2(custom: ActionRules, profile: DistinctiveFeature[]): string[] {
	return suggestActions(profile, custom).map((a) => a.rule);
}
