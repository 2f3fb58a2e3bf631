// The Gaussian mixture against scikit-learn 1.2.1 (tests/fixtures/reference/gmm.py): from the same
// start, the same log-likelihood (1e-6 relative), BIC, AIC and labels; with its own starts, the
// same k of lowest BIC.
import { describe, expect, test } from 'vitest';
import { readFixture } from '../../../../tests/helpers/fixtures';
import { standardise, wholesaleSpend } from '../../../../tests/helpers/smallSets';
import type { Matrix } from '../matrix';
import { fitMixture } from './gmmFit';
import { gmmSweep } from './gmmSweep';

interface Fit {
	k: number;
	start: { weights: number[]; means: number[]; precisions: number[] };
	lowerBound: number;
	score: number;
	bic: number;
	aic: number;
	iterations: number;
	converged: boolean;
	labels: number[];
	probaFirstRows: number[][];
}
interface Reference {
	sets: { name: string; n: number; covariances: Record<'full' | 'diag', { fits: Fit[]; bicByK: { k: number[]; bic: number[]; bestK: number } }> }[];
}

const reference: Reference = JSON.parse(readFixture('reference/gmm-sklearn.json'));

/** A class-labelled fixture's features (every column but `class`), standard-scaled. */
function classSet(file: string): Matrix {
	const lines = readFixture(`data/${file}`).trim().split(/\r?\n/);
	const header = lines[0].split(',');
	const features = header.filter((h) => h !== 'class');
	const rows = lines.slice(1).map((l) => l.split(',').map(Number));
	return standardise(features.map((f) => rows.map((r) => r[header.indexOf(f)])));
}

const sets: Record<string, Matrix> = { 'wholesale-log-spend': wholesaleSpend(true), iris: classSet('iris.csv'), wine: classSet('wine.csv') };
const relative = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

for (const set of reference.sets) {
	const X = sets[set.name];
	for (const covariance of ['full', 'diag'] as const) {
		const { fits, bicByK } = set.covariances[covariance];
		describe(`fitMixture(${set.name}, {covariance: '${covariance}', start: sklearn's})`, () => {
			test.each(fits.map((f) => [f.k, f] as const))('k = %i: log-likelihood, BIC, AIC and labels equal scikit-learn', (k, ref) => {
				const fit = fitMixture(X, { k, covariance, start: ref.start });
				expect(X.rows).toBe(set.n);
				expect(relative(fit.lowerBound, ref.lowerBound)).toBeLessThan(1e-6);
				expect(relative(fit.meanLogLikelihood, ref.score)).toBeLessThan(1e-6);
				expect(fit.iterations).toBe(ref.iterations);
				const labels = Array.from({ length: X.rows }, (_, i) => {
					let best = 0;
					for (let c = 1; c < k; c++) if (fit.responsibilities[i * k + c] > fit.responsibilities[i * k + best]) best = c;
					return best;
				});
				expect(labels).toEqual(ref.labels);
				for (let i = 0; i < 5; i++) for (let c = 0; c < k; c++) expect(fit.responsibilities[i * k + c]).toBeCloseTo(ref.probaFirstRows[i][c], 6);
			});

			test("the lowest BIC over k = 1..8 is at scikit-learn's k", () => {
				const bics = fits.map((ref) => {
					const fit = fitMixture(X, { k: ref.k, covariance, start: ref.start });
					const count = covariance === 'full' ? (ref.k * X.cols * (X.cols + 1)) / 2 : ref.k * X.cols;
					const bic = -2 * fit.meanLogLikelihood * X.rows + (count + ref.k * X.cols + ref.k - 1) * Math.log(X.rows);
					expect(relative(bic, ref.bic)).toBeLessThan(1e-6);
					return bic;
				});
				const sklearnBest = fits[fits.map((f) => f.bic).indexOf(Math.min(...fits.map((f) => f.bic)))].k;
				expect(bics.indexOf(Math.min(...bics)) + 1).toBe(sklearnBest);
			});
		});
		// With their own starts the two can land in different local optima. Iris with full covariance is
		// left out: scikit-learn's k = 6 (BIC 728 against 795 at k = 2) comes from one start where a
		// component flattens onto rows sharing values (iris is measured to 0.1 cm; log-det of its
		// covariance -21.8), a likelihood spike that other starts need not find.
		if (!(set.name === 'iris' && covariance === 'full')) {
			test(`gmmSweep(${set.name}, {covariance: '${covariance}', restarts: 5}) picks scikit-learn's BIC k = ${bicByK.bestK}`, () => {
				const result = gmmSweep(X, { kmin: 1, kmax: 8, covariance, restarts: 5, seed: 0 });
				expect(result.bestBicK).toBe(bicByK.bestK);
			});
		}
	}
}
