import { describe, expect, test } from 'vitest';
import { createMatrix, fromRows } from '../matrix';
import { gaussianBlobs, randomCentres } from './blobs';
import { gmm } from './gmm';
import { choleskyLower, precisionCholeskyFromCovariance, precisionCholeskyFromPrecision } from './gmmLinalg';
import { mixtureParameterCount } from './gmmModel';
import { membershipSummary } from './gmmMembership';
import { mixtureResponsibilities } from './gmmScore';
import { gmmSweep } from './gmmSweep';

const blobs = gaussianBlobs({ rows: 300, centres: randomCentres(3, 2, 5, [0, 20]), spread: 1, seed: 2 }).X;

describe('gmm linear algebra', () => {
	test('choleskyLower([[4, 2], [2, 3]]) is [[2, 0], [1, sqrt 2]]', () => {
		const L = new Float64Array(4);
		expect(choleskyLower(Float64Array.of(4, 2, 2, 3), 0, 2, L, 0)).toBe(true);
		expect(Array.from(L)).toEqual([2, 0, 1, Math.SQRT2]);
	});

	test('precisionCholeskyFromCovariance gives upper U with U U^T = covariance^-1', () => {
		const U = new Float64Array(4);
		precisionCholeskyFromCovariance(Float64Array.of(4, 2, 2, 3), 0, 2, U);
		expect(U[2]).toBe(0);
		// inverse of [[4, 2], [2, 3]] is [[3, -2], [-2, 4]] / 8
		const P = [U[0] * U[0] + U[1] * U[1], U[1] * U[3], U[3] * U[3]];
		expect(P[0]).toBeCloseTo(3 / 8, 12);
		expect(P[1]).toBeCloseTo(-2 / 8, 12);
		expect(P[2]).toBeCloseTo(4 / 8, 12);
	});

	test('precisionCholeskyFromPrecision gives upper U with U U^T = the precision', () => {
		const U = new Float64Array(4);
		precisionCholeskyFromPrecision(Float64Array.of(3, -2, -2, 4), 0, 2, U);
		expect(U[2]).toBe(0);
		expect(U[0] * U[0] + U[1] * U[1]).toBeCloseTo(3, 12);
		expect(U[1] * U[3]).toBeCloseTo(-2, 12);
		expect(U[3] * U[3]).toBeCloseTo(4, 12);
	});
});

describe('gmm(X, options)', () => {
	test("gmm(blobs, {k: 3}) finds the three blobs, numbered by size, with responsibilities summing to 1", () => {
		const r = gmm(blobs, { k: 3 });
		expect(r.algorithm).toBe('gmm');
		expect(r.k).toBe(3);
		expect(r.sizes.reduce((a, b) => a + b, 0)).toBe(300);
		expect([...r.sizes].sort((a, b) => b - a)).toEqual(r.sizes);
		for (let i = 0; i < blobs.rows; i++) {
			let sum = 0;
			let best = 0;
			for (let c = 0; c < 3; c++) {
				sum += r.responsibilities[i * 3 + c];
				if (r.responsibilities[i * 3 + c] > r.responsibilities[i * 3 + best]) best = c;
			}
			expect(sum).toBeCloseTo(1, 12);
			expect(r.labels[i]).toBe(best);
		}
	});

	test('gmm(X, {k: 2, seed: 1}) is deterministic, and diag counts fewer parameters than full', () => {
		const a = gmm(blobs, { k: 2, seed: 1, covariance: 'diag' });
		const b = gmm(blobs, { k: 2, seed: 1, covariance: 'diag' });
		expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
		expect(a.params.bic).toBe(b.params.bic);
		expect(a.mixture.parameters).toBe(mixtureParameterCount('diag', 2, 2));
		expect(mixtureParameterCount('full', 2, 2)).toBe(2 * 3 + 2 * 2 + 1);
		expect(mixtureParameterCount('diag', 2, 2)).toBe(2 * 2 + 2 * 2 + 1);
	});

	test("gmm(X, {init: 'k-means++', restarts: 3}) fits and reports its starts", () => {
		const r = gmm(blobs, { k: 3, init: 'k-means++', restarts: 3 });
		expect(r.params.init).toBe('k-means++');
		expect(r.params.restarts).toBe(3);
		expect(r.k).toBe(3);
	});

	test('mixtureResponsibilities(X, stored model) reproduces the fit', () => {
		const r = gmm(blobs, { k: 3, covariance: 'full' });
		const again = mixtureResponsibilities(blobs, r.mixture);
		for (let p = 0; p < again.length; p++) expect(again[p]).toBeCloseTo(r.responsibilities[p], 10);
		const some = mixtureResponsibilities(blobs, r.mixture, [5, 0]);
		expect(Array.from(some.subarray(3, 6))).toEqual(Array.from(again.subarray(0, 3)));
	});

	test('gmm on rows far from every component keeps finite probabilities (log-sum-exp)', () => {
		const r = gmm(blobs, { k: 2 });
		const far = fromRows([[1e6, -1e6]]);
		const p = mixtureResponsibilities(far, r.mixture);
		expect(p[0] + p[1]).toBeCloseTo(1, 12);
		expect(Number.isFinite(p[0])).toBe(true);
	});

	test('gmm with full covariance on fewer rows than features says to use diag or fewer segments', () => {
		// Two identical pairs: a component on one pair has a zero-variance direction no reg_covar of 0 can fix.
		const X = fromRows([[0, 0, 0], [0, 0, 0], [1, 2, 3], [1, 2, 3]]);
		expect(() => gmm(X, { k: 2, regCovar: 0 })).toThrow(/covariance collapsed.*'diag'.*fewer segments/);
	});

	test('gmm rejects NaN, k above the rows and unknown covariance types', () => {
		expect(() => gmm(createMatrix(2, 1, Float64Array.of(0, NaN)), { k: 1 })).toThrow(/row 1, column 0/);
		expect(() => gmm(blobs, { k: 301 })).toThrow(/choose k <= 300/);
		expect(() => gmm(blobs, { k: 2, covariance: 'tied' as 'full' })).toThrow(/'full' or 'diag'/);
	});
});

describe('gmmSweep(X, options)', () => {
	test('gmmSweep(blobs, {kmax: 5}) suggests k = 3 by the lowest BIC', () => {
		const rows: number[] = [];
		const s = gmmSweep(blobs, { kmax: 5, onRow: (r) => rows.push(r.k) });
		expect(rows).toEqual([1, 2, 3, 4, 5]);
		expect(s.bestBicK).toBe(3);
		expect(s.rows.every((r) => r.aic < r.bic)).toBe(true);
	});

	test('gmmSweep records a collapsed k as an error row and carries on', () => {
		const X = fromRows([[0, 0], [0, 0], [0, 0], [5, 5], [5, 5], [5, 6]]);
		const s = gmmSweep(X, { kmax: 3, regCovar: 0 });
		expect(s.rows).toHaveLength(3);
		expect(s.rows.some((r) => r.error?.includes('collapsed'))).toBe(true);
		expect(Number.isFinite(s.rows[0].bic)).toBe(true);
	});
});

describe('membershipSummary(X, model, k)', () => {
	test('membershipSummary counts every row once, keeps the least clear-cut first, and does not depend on the block size', () => {
		const r = gmm(blobs, { k: 3 });
		const whole = membershipSummary(blobs, r.mixture, 3, { uncertain: 5 });
		const blocks = membershipSummary(blobs, r.mixture, 3, { uncertain: 5, block: 7 });
		expect(whole.histogram.reduce((s, b) => s + b.count, 0)).toBe(300);
		expect(blocks).toEqual(whole);
		const maxima = Array.from({ length: 300 }, (_, i) => Math.max(...r.responsibilities.subarray(i * 3, i * 3 + 3)));
		const sorted = [...maxima].sort((a, b) => a - b);
		expect(whole.uncertain.map((u) => u.max)).toEqual(sorted.slice(0, 5).map((v) => expect.closeTo(v, 10)));
		expect(whole.below[0].rows).toBe(maxima.filter((v) => v < 0.5).length);
		expect(whole.histogram[0].x0).toBeCloseTo(1 / 3, 12);
	});
});
