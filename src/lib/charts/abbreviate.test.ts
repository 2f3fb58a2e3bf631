import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abbreviateLabels, charsThatFit } from './abbreviate';

describe('abbreviateLabels', () => {
	it('abbreviateLabels(short labels, 10) keeps them as they are', () => {
		expect(abbreviateLabels(['Milk', 'Fresh', 'Grocery'], 10)).toEqual(['Milk', 'Fresh', 'Grocery']);
	});

	it('abbreviateLabels(one long label, 8) cuts its end with an ellipsis', () => {
		expect(abbreviateLabels(['Detergents_Paper', 'Milk'], 8)).toEqual(['Deterge…', 'Milk']);
	});

	it('abbreviateLabels(["High PURCHASES_FREQUENCY", "High PURCHASES_INSTALLMENTS_FREQUENCY"], 13) keeps them apart', () => {
		const [a, b] = abbreviateLabels(['High PURCHASES_FREQUENCY', 'High PURCHASES_INSTALLMENTS_FREQUENCY'], 13);
		expect(a).not.toBe(b);
		expect(a.length).toBeLessThanOrEqual(13);
		expect(b.length).toBeLessThanOrEqual(13);
		expect(a).toBe('High PURC…FRE');
		expect(b).toBe('High P…QUENCY');
	});

	it('abbreviateLabels(credit-card features, 10) shortens colliding names word by word, in the middle when words would lose too much', () => {
		const out = abbreviateLabels(['PURCHASES_FREQUENCY', 'PURCHASES_INSTALLMENTS_FREQUENCY', 'PURCHASES_TRX'], 15);
		expect(out).toEqual(['PURCHASES_FREQ…', 'PURCHASES_INST…', 'PURCHASES_TRX']);
		expect(abbreviateLabels(['PURCHASES_FREQUENCY', 'PURCHASES_INSTALLMENTS_FREQUENCY'], 10)).toEqual(['PURCH…FREQ', 'PURC…UENCY']);
	});

	it('abbreviateLabels(names sharing most words, 22) drops the words they all have', () => {
		const names = ['PURCHASES_AMOUNT_MONTH_01', 'PURCHASES_COUNT_MONTH_01', 'PAYMENTS_AMOUNT_MONTH_01', 'PAYMENTS_AMOUNT_MONTH_02'];
		const out = abbreviateLabels(names.map((n) => `AVERAGE_MONTHLY_${n}`), 22);
		expect(out).toEqual(['…PURCHASES_AMOUNT…01', '…PURCHASES_COUNT…01', '…PAYMENTS_AMOUNT…01', '…PAYMENTS_AMOUNT…02']);
	});

	it('abbreviateLabels(names differing only at the end, 10) keeps the distinguishing end', () => {
		const out = abbreviateLabels(['AVERAGE_AMOUNT_MONTH_01', 'AVERAGE_AMOUNT_MONTH_02'], 10);
		expect(out[0]).not.toBe(out[1]);
		expect(out[0].endsWith('1')).toBe(true);
		expect(out[1].endsWith('2')).toBe(true);
	});

	it('abbreviateLabels(names differing only in the middle, 4) falls back to numbers', () => {
		const out = abbreviateLabels(['aaaaXaaaa', 'aaaaYaaaa', 'aaaaZaaaa'], 4);
		expect(new Set(out).size).toBe(3);
		for (const s of out) expect(s.length).toBeLessThanOrEqual(4);
	});

	it('abbreviateLabels(a cut form that equals another label, 4) does not reuse it', () => {
		const out = abbreviateLabels(['abc…', 'abcdef'], 4);
		expect(out[0]).toBe('abc…');
		expect(out[1]).not.toBe('abc…');
	});

	it('abbreviateLabels(labels, 4, fits) keeps the labels that fits accepts, and avoids their text', () => {
		expect(abbreviateLabels(['iiiiii', 'WWWWWW', 'iiii…'], 5, (l) => l.startsWith('i'))).toEqual(['iiiiii', 'WWWW…', 'iiii…']);
	});

	it('charsThatFit(70, 10, capitals) leaves fewer characters than for lower case', () => {
		expect(charsThatFit(70, 10, ['PURCHASES'])).toBeLessThan(charsThatFit(70, 10, ['purchases']));
	});

	it('abbreviateLabels(repeated labels, 5) gives equal labels equal short forms', () => {
		expect(abbreviateLabels(['Segment one', 'Segment one'], 5)).toEqual(['Segm…', 'Segm…']);
	});

	it('abbreviateLabels(distinct labels, max) returns distinct labels of at most max characters (property)', () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.string({ maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 4, max: 40 }), (labels, max) => {
				const out = abbreviateLabels(labels, max);
				expect(out).toHaveLength(labels.length);
				expect(new Set(out).size).toBe(labels.length);
				for (const s of out) expect(s.length).toBeLessThanOrEqual(max);
			}),
			{ numRuns: 500 }
		);
	});

	it('abbreviateLabels(prefix-sharing names, max) returns distinct labels of at most max characters (property)', () => {
		const word = fc.constantFrom('PURCHASES', 'CASH', 'ADVANCE', 'FREQUENCY', 'INSTALLMENTS', 'ONEOFF', 'TRX', 'MONTH', '01', '02');
		const name = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join('_'));
		fc.assert(
			fc.property(fc.uniqueArray(name, { maxLength: 40 }), fc.integer({ min: 4, max: 20 }), (labels, max) => {
				const out = abbreviateLabels(labels, max);
				expect(new Set(out).size).toBe(labels.length);
				for (const s of out) expect(s.length).toBeLessThanOrEqual(max);
			}),
			{ numRuns: 300 }
		);
	});

	it('abbreviateLabels(labels, max) leaves every label that fits unchanged (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 20 }), fc.integer({ min: 1, max: 20 }), (labels, max) => {
				const out = abbreviateLabels(labels, max);
				labels.forEach((l, i) => {
					if (l.length <= max) expect(out[i]).toBe(l);
					else expect(out[i].length).toBeLessThanOrEqual(max);
				});
			})
		);
	});
});

describe('charsThatFit', () => {
	it('charsThatFit(58, 10) is 10 characters', () => {
		expect(charsThatFit(58, 10)).toBe(10);
	});
});
