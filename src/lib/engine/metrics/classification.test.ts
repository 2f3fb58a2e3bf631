import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { accuracy, classificationReport, confusionMatrix, macroF1 } from './classification';

// Worked by hand: rows are the true class, columns the prediction.
//          pred 0  pred 1  pred 2
// true 0     2       1       0
// true 1     0       1       1
// true 2     1       0       3
const yTrue = [0, 0, 0, 1, 1, 2, 2, 2, 2];
const yPred = [0, 1, 0, 1, 2, 2, 2, 0, 2];

describe('classification metrics', () => {
	test('confusionMatrix(yTrue, yPred) puts truth in rows and predictions in columns', () => {
		const { labels, counts } = confusionMatrix(yTrue, yPred);
		expect(Array.from(labels)).toEqual([0, 1, 2]);
		expect(counts).toEqual([
			[2, 1, 0],
			[0, 1, 1],
			[1, 0, 3]
		]);
	});

	test('accuracy(yTrue, yPred) is the diagonal share', () => {
		expect(accuracy(yTrue, yPred)).toBeCloseTo(6 / 9, 15);
	});

	test('classificationReport(yTrue, yPred) gives per-class precision, recall, F1 and support', () => {
		const report = classificationReport(yTrue, yPred);
		const rounded = report.perClass.map((s) => [s.label, s.precision, s.recall, s.f1, s.support].map((v) => +v.toFixed(6)));
		expect(rounded).toEqual([
			[0, 0.666667, 0.666667, 0.666667, 3],
			[1, 0.5, 0.5, 0.5, 2],
			[2, 0.75, 0.75, 0.75, 4]
		]);
		expect(report.macroF1).toBeCloseTo(23 / 36, 15);
		expect(report.weightedF1).toBeCloseTo(6 / 9, 15);
	});

	test('F1 is the harmonic mean when precision and recall differ', () => {
		const report = classificationReport([0, 0, 0, 0, 1], [0, 0, 1, 1, 1]);
		expect(report.perClass[0]).toMatchObject({ precision: 1, recall: 0.5, support: 4 });
		expect(report.perClass[0].f1).toBeCloseTo(2 / 3, 15);
		expect(report.perClass[1].precision).toBeCloseTo(1 / 3, 15);
		expect(report.perClass[1].f1).toBeCloseTo(0.5, 15);
	});

	test('0/0 counts as 0 (zero_division = 0)', () => {
		const never = classificationReport([0, 0], [0, 0], [0, 1]);
		expect(never.perClass[1]).toEqual({ label: 1, precision: 0, recall: 0, f1: 0, support: 0 });
		expect(never.macroF1).toBe(0.5);
		const wrong = classificationReport([1, 1], [0, 0]);
		expect(wrong.perClass.map((s) => [s.precision, s.recall, s.f1])).toEqual([
			[0, 0, 0],
			[0, 0, 0]
		]);
	});

	test('confusionMatrix(yTrue, yPred, labels) leaves out pairs with unlisted labels', () => {
		const { counts } = confusionMatrix([0, 1, 2, -1], [0, 2, 2, 0], [2, 0]);
		expect(counts).toEqual([
			[1, 0],
			[0, 1]
		]);
		expect(() => confusionMatrix([0], [0], [0, 0])).toThrow(/listed twice/);
	});

	test('mismatched or empty inputs are rejected', () => {
		expect(() => accuracy([0, 1], [0])).toThrow(/2 true labels but 1 predictions/);
		expect(() => macroF1([], [])).toThrow(/no labels/);
	});

	test('the confusion matrix counts every row once and its diagonal gives the accuracy', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: -1, max: 4 }), fc.integer({ min: -1, max: 4 })), { minLength: 1 }),
				(pairs) => {
					const t = pairs.map((p) => p[0]);
					const p = pairs.map((q) => q[1]);
					const report = classificationReport(t, p);
					const { counts } = report.confusion;
					const total = counts.flat().reduce((a, b) => a + b, 0);
					const diagonal = counts.reduce((a, r, i) => a + r[i], 0);
					expect(total).toBe(pairs.length);
					expect(diagonal / total).toBeCloseTo(report.accuracy, 12);
					expect(report.macroF1).toBeGreaterThanOrEqual(0);
					expect(report.macroF1).toBeLessThanOrEqual(1);
				}
			)
		);
	});
});
