import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { betaRegularized, chiSquareSurvival, fSurvival, gammaP, gammaQ, logGamma } from './special';

describe('special functions', () => {
	test('logGamma matches factorials and Γ(1/2) = √π', () => {
		expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
		expect(logGamma(1)).toBeCloseTo(0, 14);
		expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
		let lnFactorial170 = 0;
		for (let i = 2; i <= 170; i++) lnFactorial170 += Math.log(i);
		expect(logGamma(171)).toBeCloseTo(lnFactorial170, 10);
		expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 12);
	});

	test('gammaP(1, x) = 1 - exp(-x) and P + Q = 1', () => {
		for (const x of [0.1, 1, 2.5, 10, 40]) {
			expect(gammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
			expect(gammaP(3.7, x) + gammaQ(3.7, x)).toBeCloseTo(1, 14);
		}
		expect(gammaQ(1, 50) / Math.exp(-50)).toBeCloseTo(1, 12);
	});

	test('betaRegularized matches closed forms: I_x(1, b) = 1 - (1 - x)^b, I_x(a, 1) = x^a, I_0.5(a, a) = 0.5', () => {
		for (const x of [0.01, 0.3, 0.5, 0.9, 0.999]) {
			expect(betaRegularized(x, 1, 4.5)).toBeCloseTo(1 - (1 - x) ** 4.5, 14);
			expect(betaRegularized(x, 2.5, 1)).toBeCloseTo(x ** 2.5, 14);
		}
		expect(betaRegularized(0.5, 7.3, 7.3)).toBeCloseTo(0.5, 14);
		expect(betaRegularized(0.5, 5000, 5000)).toBeCloseTo(0.5, 10); // log-gamma of large arguments costs a few digits
	});

	test('betaRegularized is increasing in x and obeys I_x(a, b) = 1 - I_(1-x)(b, a)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0.01, max: 0.99, noNaN: true }),
				fc.double({ min: 0.2, max: 200, noNaN: true }),
				fc.double({ min: 0.2, max: 200, noNaN: true }),
				(x, a, b) => {
					expect(betaRegularized(x, a, b) + betaRegularized(1 - x, b, a)).toBeCloseTo(1, 10);
					expect(betaRegularized(Math.min(x + 0.005, 1), a, b)).toBeGreaterThanOrEqual(betaRegularized(x, a, b) - 1e-12);
				}
			)
		);
	});

	test('fSurvival(4.10, 2, 10) is about 0.05 (the 5% critical value is 4.1028)', () => {
		// With d1 = 2 the tail is (1 + d1 f / d2)^(-d2 / 2) exactly.
		expect(fSurvival(4.1, 2, 10)).toBeCloseTo(1.82 ** -5, 14);
		expect(fSurvival(4.1028, 2, 10)).toBeCloseTo(0.05, 4);
		expect(fSurvival(4.9646, 1, 10)).toBeCloseTo(0.05, 4); // t(10) two-sided 5%: 2.228139^2
		expect(fSurvival(0, 3, 5)).toBe(1);
	});

	test('chiSquareSurvival(5.991, 2) is 0.05 and 1 df follows erfc', () => {
		expect(chiSquareSurvival(5.991, 2)).toBeCloseTo(Math.exp(-5.991 / 2), 14);
		expect(chiSquareSurvival(5.991, 2)).toBeCloseTo(0.05, 4);
		expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
		expect(chiSquareSurvival(18.307, 10)).toBeCloseTo(0.05, 4);
		expect(chiSquareSurvival(-1, 3)).toBe(1);
	});
});
