import { describe, expect, test } from 'vitest';
import { standardActionRules, suggestActions, type ActionRules, type DistinctiveFeature } from './actions';

const f = (feature: string, z: number): DistinctiveFeature => ({ feature, z, direction: z > 0 ? 'high' : 'low' });
const rules = (features: DistinctiveFeature[], max = 5) => suggestActions(features, standardActionRules, max).map((a) => a.rule);

describe('suggestActions with the standard rules', () => {
	test('high monetary earns loyalty rewards', () => {
		const [first] = suggestActions([f('monetary', 1.8)]);
		expect(first.rule).toBe('loyalty');
		expect(first.action).toContain('(monetary)');
		expect(first.because).toBe('monetary high (z = +1.80)');
	});

	test('long recency or a low R score asks for a win-back, once', () => {
		expect(rules([f('recency', 1.2)])).toEqual(['win-back']);
		expect(rules([f('R', -1.4)])).toEqual(['win-back-score']);
		expect(rules([f('recency', 1.2), f('R', -1.4)])).toEqual(['win-back']);
	});

	test('high quantity with a low price suggests bulk offers; either alone does not', () => {
		expect(rules([f('total_quantity', 2), f('mean_unit_price', -0.9)])).toContain('bulk');
		expect(rules([f('total_quantity', 2)])).not.toContain('bulk');
	});

	test('new and infrequent customers are nurtured', () => {
		expect(rules([f('tenure_days', -1.1)])).toEqual(['nurture-new']);
		expect(rules([f('frequency', -0.7)])).toEqual(['nurture']);
	});

	test('frequent buyers who spend little in a category get an upsell on that category', () => {
		const [first] = suggestActions([f('frequency', 1.5), f('recency', -0.8), f('Frozen', -0.9)]);
		expect(first.rule).toBe('upsell');
		expect(first.action).toBe('Upsell Frozen: they buy often (frequency) but spend little there');
	});

	test('spend categories: cross-sell the low one to buyers of the high one', () => {
		const actions = suggestActions([f('Detergents_Paper', 1.9), f('Fresh', -0.8)]);
		expect(actions[0].action).toBe('Cross-sell Fresh to customers who already buy a lot of Detergents_Paper');
		expect(actions.map((a) => a.rule)).toEqual(['cross-sell', 'key-account', 'activate']);
	});

	test('RFM measures never pass for a spend category', () => {
		expect(rules([f('monetary', 1), f('recency', -1)])).toEqual(['loyalty']);
	});

	test('nothing distinctive gives the fallback', () => {
		expect(suggestActions([])).toEqual([{ rule: 'fallback', action: standardActionRules.fallback, because: 'no feature stands out' }]);
	});

	test('suggestActions keeps at most max actions, in rule order', () => {
		expect(rules([f('recency', 1), f('monetary', 1), f('frequency', -1)], 2)).toEqual(['win-back', 'loyalty']);
	});
});

describe('suggestActions with custom rules', () => {
	test('a rule binds each condition to a different feature and fills {n} placeholders', () => {
		const custom: ActionRules = {
			rules: [{ id: 'pair', when: [{ feature: '^a', direction: 'high' }, { feature: '^a', direction: 'high' }], action: '{1} and {2}' }],
			fallback: 'none'
		};
		expect(suggestActions([f('a1', 2), f('a2', 1)], custom)[0].action).toBe('a1 and a2');
		expect(suggestActions([f('a1', 2)], custom)[0].action).toBe('none');
	});
});
