// The standard action rules, in priority order: card-issuer columns with a known meaning first
// (money borrowed is not shopping), then behaviour (recency, tenure, frequency, spend), outcomes,
// scores, who the customers are, and category mixes. Plain JSON: shown and editable as it stands.
import type { ActionRules } from './actions';

/** Card-account money that is owed, borrowed or repaid rather than spent on something. */
const cardMoney = 'cash.?adv|balance|payment|credit.?limit';
const age = '\\bage\\b|(^|_)age(_|$)';
const birthYear = 'birth|born';
const income = 'income|salary|wage|earning';
/** Counts of something other than purchases: visits, deals (they say how, not how often, people buy). */
const notPurchases = `${cardMoney}|visit|deal|discount|promo|coupon`;
const sd = '{1} {1:sd}';

export const standardActionRules: ActionRules = {
	rules: [
		{ id: 'cash-advance', when: [{ feature: 'cash.?adv', kind: 'number', direction: 'high' }], action: `Heavy cash-advance users (${sd}): offer an instalment plan and watch credit risk` },
		{ id: 'revolving-balance', when: [{ feature: 'balance', not: 'freq', meaning: ['spend', 'measure'], direction: 'high' }], action: `Carry large balances (${sd}): a balance-transfer or instalment offer; monitor credit risk` },
		{ id: 'minimum-payments', when: [{ feature: 'min\\w*_?pay', meaning: ['spend', 'measure'], direction: 'high' }], action: `High minimum payments (${sd}): check affordability and offer a repayment plan` },
		{ id: 'pay-in-full', when: [{ feature: 'full.?pay', direction: 'high' }], action: `Pay in full (${sd}): reward card use with cashback or points; they bring little interest income` },
		{ id: 'rarely-pay-in-full', when: [{ feature: 'full.?pay', direction: 'low' }], action: `Rarely pay in full (${sd}): they revolve; offer an instalment plan and watch repayments` },
		{ id: 'dormant-account', when: [{ feature: 'balance.?freq', direction: 'low' }], action: `Rarely active accounts (${sd}): a reactivation offer before the card goes dormant` },
		{ id: 'high-limit', when: [{ feature: 'credit.?limit', direction: 'high' }], action: `High credit limits (${sd}): premium card upgrades with travel or lifestyle benefits` },
		{ id: 'low-limit', when: [{ feature: 'credit.?limit', direction: 'low' }], action: `Low credit limits (${sd}): review for a limit increase where repayments are good` },
		{ id: 'large-repayments', when: [{ feature: 'payments?$', not: 'min|full', meaning: ['spend', 'measure'], direction: 'high' }], action: `Large repayments (${sd}): customers in good standing; offer a limit review and rewards` },

		{ id: 'win-back', when: [{ meaning: ['recency'], kind: 'number', direction: 'high' }], action: `Win back: a personal reactivation offer, as their last purchase was long ago (${sd})` },
		{ id: 'win-back-score', when: [{ feature: '^r$|^r_?score$|recency_?score', meaning: ['score', 'measure', 'count'], direction: 'low' }], action: `Win back: a personal reactivation offer, as their last purchase was long ago (${sd})` },
		{ id: 'recently-active', when: [{ meaning: ['recency'], kind: 'number', direction: 'low' }], action: `Recently active (${sd}): follow up while they are engaged, with a thank-you or a next-purchase offer` },
		{ id: 'nurture-new', when: [{ meaning: ['tenure'], kind: 'number', direction: 'low' }], action: `Nurture new customers: a welcome series and a second-purchase incentive (${sd})` },
		{ id: 'long-standing', when: [{ meaning: ['tenure'], kind: 'number', direction: 'high' }], action: `Long-standing customers (${sd}): recognise their loyalty and ask for referrals` },
		{
			id: 'bulk',
			when: [
				{ feature: 'quantity|qty|units|volume', kind: 'number', direction: 'high' },
				{ feature: 'price', kind: 'number', direction: 'low' }
			],
			action: 'Bulk offers: volume discounts for customers buying many low-priced units ({1}, {2})'
		},
		{
			id: 'upsell',
			when: [
				{ meaning: ['count'], kind: 'number', not: notPurchases, direction: 'high' },
				{ meaning: ['spend'], kind: 'number', not: cardMoney, direction: 'low' }
			],
			action: 'Upsell {2}: they buy often ({1} {1:sd}) but spend little there'
		},
		{ id: 'deal-seekers', when: [{ feature: 'deal|discount|promo|coupon', kind: 'number', direction: 'high' }], action: `Deal seekers (${sd}): time-limited promotions and bundles; watch the margin` },
		{ id: 'frequent-visitors', when: [{ feature: 'visit', kind: 'number', direction: 'high' }], action: `Visit often (${sd}): turn browsing into buying with personal recommendations and reminders` },
		{
			id: 'nurture',
			when: [{ meaning: ['count'], kind: 'number', not: notPurchases, direction: 'low' }],
			unless: [{ meaning: ['count'], kind: 'number', not: notPurchases, direction: 'high' }],
			action: `Nurture: reminders and a reason to come back sooner, as they buy rarely (${sd})`
		},
		{ id: 'frequent', when: [{ meaning: ['count'], kind: 'number', not: notPurchases, direction: 'high' }], action: `Frequent buyers (${sd}): keep the habit going with a loyalty programme or subscription` },
		{
			id: 'cross-sell',
			when: [
				{ meaning: ['spend'], kind: 'number', not: cardMoney, direction: 'high' },
				{ meaning: ['spend'], kind: 'number', not: cardMoney, direction: 'low' }
			],
			action: 'Cross-sell {2} to customers who already buy a lot of {1}'
		},
		{ id: 'key-account', when: [{ meaning: ['spend'], kind: 'number', not: cardMoney, direction: 'high' }], action: 'Key-account care: protect and grow their heavy spending on {1} ({1:sd})' },
		{
			id: 'activate',
			when: [{ meaning: ['spend'], kind: 'number', not: cardMoney, direction: 'low' }],
			unless: [{ meaning: ['spend'], kind: 'number', not: cardMoney, direction: 'high' }],
			action: 'Activate: an introductory offer on {1}, where they spend little ({1:sd})'
		},
		{ id: 'premium-price', when: [{ feature: 'price', kind: 'number', direction: 'high' }], action: `Premium range and early access: they pay higher prices (${sd})` },

		{ id: 'complaints', when: [{ feature: 'complain', kind: 'share', direction: 'high' }], action: '{1:share} complained (vs {1:overall} overall): resolve service issues before any offer' },
		{ id: 'responsive', when: [{ meaning: ['outcome'], kind: 'share', direction: 'high' }], action: 'Responsive: {1} is {1:share} here vs {1:overall} overall; contact them first in similar campaigns' },
		{ id: 'unresponsive', when: [{ meaning: ['outcome'], kind: 'share', direction: 'low' }], action: 'Unresponsive: {1} is {1:share} here vs {1:overall} overall; try another offer or channel first' },
		{ id: 'flag-high', when: [{ kind: 'share', direction: 'high' }], action: '{1:share} have {1} (vs {1:overall} overall): a trait to target offers by' },
		{ id: 'flag-low', when: [{ kind: 'share', direction: 'low' }], action: 'Only {1:share} have {1} (vs {1:overall} overall): a trait to target offers by' },

		{ id: 'engaged', when: [{ meaning: ['score'], kind: 'number', direction: 'high' }], action: 'Engage: high {1} ({1:sd}); keep them close with early access and personal offers' },
		{ id: 'activate-score', when: [{ meaning: ['score'], kind: 'number', direction: 'low' }], action: 'Activate: low {1} ({1:sd}); find out what holds them back and make a first offer worth trying' },

		{ id: 'older', when: [{ feature: age, meaning: ['demographic', 'measure'], kind: 'number', direction: 'high' }], action: `Older customers (${sd}): tailor channel and tone to them` },
		{ id: 'older-by-birth-year', when: [{ feature: birthYear, meaning: ['demographic', 'measure'], kind: 'number', direction: 'low' }], action: `Older customers (${sd}): tailor channel and tone to them` },
		{ id: 'younger', when: [{ feature: age, meaning: ['demographic', 'measure'], kind: 'number', direction: 'low' }], action: `Younger customers (${sd}): tailor channel and tone to them (mobile, social)` },
		{ id: 'younger-by-birth-year', when: [{ feature: birthYear, meaning: ['demographic', 'measure'], kind: 'number', direction: 'high' }], action: `Younger customers (${sd}): tailor channel and tone to them (mobile, social)` },
		{ id: 'higher-income', when: [{ feature: income, meaning: ['demographic', 'measure', 'spend'], kind: 'number', direction: 'high' }], action: `Higher income (${sd}): premium offers and upgrades` },
		{ id: 'lower-income', when: [{ feature: income, meaning: ['demographic', 'measure', 'spend'], kind: 'number', direction: 'low' }], action: `Lower income (${sd}): value offers and price-led messages` },
		{ id: 'young-children', when: [{ feature: 'kid|child', meaning: ['demographic', 'count', 'measure'], kind: 'number', direction: 'high' }], action: `Families with young children (${sd}): family offers and kids' ranges` },
		{ id: 'teens', when: [{ feature: 'teen', meaning: ['demographic', 'count', 'measure'], kind: 'number', direction: 'high' }], action: `Families with teens (${sd}): family bundles and offers for teenagers` },
		{ id: 'few-children', when: [{ feature: 'kid|child|teen', meaning: ['demographic', 'count', 'measure'], kind: 'number', direction: 'low' }], action: `Few children at home (${sd}): offers for adults rather than families` },
		{ id: 'who-high', when: [{ meaning: ['demographic'], kind: 'number', direction: 'high' }], action: `Who they are: {1} is high ({1:sd}); tailor channel and tone to them` },
		{ id: 'who-low', when: [{ meaning: ['demographic'], kind: 'number', direction: 'low' }], action: `Who they are: {1} is low ({1:sd}); tailor channel and tone to them` },

		{ id: 'category-mix', when: [{ kind: 'category', direction: 'high' }], action: '{1:mix} ({1:share} vs {1:overall} overall): fit offers and messages to this group' },
		{ id: 'category-mix-low', when: [{ kind: 'category', direction: 'low' }], action: '{1:mix} ({1:share} vs {1:overall} overall): a group to reach in other ways' }
	],
	typical: 'Keep in regular communications: nothing in this profile calls for a specific action',
	unmatched: '{features}: no standard action; look at what these customers have in common before targeting them'
};
