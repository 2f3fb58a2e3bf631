import { describe, expect, it } from 'vitest';
import { loadReference, referenceCases, referenceMatrix, relativeError } from '../../../../tests/helpers/fixtures';
import { applyFitted } from './applyFitted';
import { prepare } from './prepare';
import type { ColumnStep, Recipe } from './recipe';
import { categorical, numeric, tableOf, wholesaleTable } from './testing';

const recipeOf = (features: ColumnStep[], scaler: Recipe['scaler'] = 'standard'): Recipe => ({ version: 1, features, scaler });

describe('prepare on the wholesale reference', () => {
	for (const name of referenceCases) {
		it(`prepare(wholesale, ${name}) matches scikit-learn's scaler and matrix`, () => {
			const ref = loadReference(name);
			const recipe = recipeOf(ref.features.map((column) => ({ column, log1p: ref.transform.log1p ?? false })));
			const p = prepare(wholesaleTable(), recipe);
			expect(p.featureNames).toEqual(ref.features);
			expect(p.X.rows).toBe(ref.n);
			p.fitted.features.forEach((f, j) => {
				expect(relativeError(f.centre, ref.scaler.mean[j])).toBeLessThan(1e-12);
				expect(relativeError(f.scale, ref.scaler.std[j])).toBeLessThan(1e-12);
			});
			const expected = referenceMatrix(name);
			let worst = 0;
			for (let i = 0; i < expected.data.length; i++) worst = Math.max(worst, Math.abs(p.X.data[i] - expected.data[i]));
			expect(worst).toBeLessThan(1e-12);
			expect(p.dropped).toEqual([]);
			expect(p.notices).toEqual([]);
		});
	}
});

describe('prepare by hand', () => {
	it('prepare imputes the median, one-hot encodes and standard-scales as computed by hand', () => {
		const table = tableOf(numeric('x', [1, null, 3, 5]), categorical('c', ['a', 'b', 'a', null]));
		const p = prepare(table, recipeOf([{ column: 'x', impute: 'median' }, { column: 'c', impute: 'mode', oneHot: { maxCategories: 5 } }]));
		// x filled: [1, 3, 3, 5], mean 3, population std sqrt(2); c filled: [a, b, a, a] -> c=a [1,0,1,1] (mean 3/4, std sqrt(3)/4), c=b [0,1,0,0]
		const s2 = Math.SQRT2;
		const sa = Math.sqrt(3) / 4;
		const expected = [
			[-2 / s2, 0.25 / sa, -0.25 / sa],
			[0, -0.75 / sa, 0.75 / sa],
			[0, 0.25 / sa, -0.25 / sa],
			[2 / s2, 0.25 / sa, -0.25 / sa]
		].flat();
		expect(p.featureNames).toEqual(['x', 'c=a', 'c=b']);
		expect(Array.from(p.X.data)).toEqual(expected.map((v) => expect.closeTo(v, 12)));
		expect(p.fitted.inputs.map((i) => i.fill)).toEqual([3, 'a']);
	});

	it("prepare with impute 'drop' removes rows missing in that column and counts them", () => {
		const table = tableOf(numeric('x', [1, null, 3, null, 5]), numeric('y', [2, 4, null, 8, 10]));
		const p = prepare(table, recipeOf([{ column: 'x', impute: 'drop' }, { column: 'y', impute: 'mean' }]));
		expect(Array.from(p.rowIndex)).toEqual([0, 2, 4]);
		expect(p.dropped).toEqual([{ reason: 'missing value in x', count: 2 }]);
		// y's mean is learned on the kept rows (2 and 10), not on rows dropped for x
		expect(p.fitted.inputs[1].fill).toBe(6);
	});

	it('a step without impute drops rows with missing values', () => {
		const p = prepare(tableOf(numeric('x', [1, null, 3])), recipeOf([{ column: 'x' }], 'none'));
		expect(Array.from(p.X.data)).toEqual([1, 3]);
		expect(p.dropped).toEqual([{ reason: 'missing value in x', count: 1 }]);
	});

	it("prepare with an IQR 'clip' rule pulls values to Q3 + 1.5 IQR", () => {
		// quartiles of [1, 2, 3, 4, 100]: 2 and 4, IQR 2 -> bounds [-1, 7]
		const p = prepare(tableOf(numeric('x', [1, 2, 3, 4, 100])), recipeOf([{ column: 'x', outliers: { method: 'iqr', threshold: 1.5, action: 'clip' } }], 'none'));
		expect(Array.from(p.X.data)).toEqual([1, 2, 3, 4, 7]);
		expect(p.fitted.inputs[0].bounds).toEqual({ lower: -1, upper: 7, action: 'clip' });
	});

	it("prepare with a 'drop' rule removes the outlying rows; 'flag' only counts them", () => {
		const table = tableOf(numeric('x', [1, 2, 3, 4, 100]), numeric('y', [0, 50, 1, 2, 3]));
		const rule = { method: 'iqr', threshold: 1.5 } as const;
		const p = prepare(table, recipeOf([{ column: 'x', outliers: { ...rule, action: 'drop' } }, { column: 'y', outliers: { ...rule, action: 'flag' } }]));
		expect(Array.from(p.rowIndex)).toEqual([0, 1, 2, 3]);
		expect(p.dropped).toEqual([{ reason: 'outlier in x', count: 1 }]);
		expect(p.flagged).toEqual([{ column: 'y', count: 1 }]);
	});

	it('prepare with a z-score rule uses the population std', () => {
		const values = [0, 0, 0, 0, 0, 0, 0, 0, 0, 10];
		const p = prepare(tableOf(numeric('x', values)), recipeOf([{ column: 'x', outliers: { method: 'zscore', threshold: 2, action: 'clip' } }], 'none'));
		// mean 1, population std 3 -> upper bound 7
		expect(p.fitted.inputs[0].bounds).toMatchObject({ lower: -5, upper: 7 });
		expect(p.X.data[9]).toBe(7);
	});

	it('prepare caps one-hot columns at maxCategories, grouping the rest as other', () => {
		const c = categorical('c', ['d', 'a', 'a', 'b', 'a', 'b', 'c', 'e']);
		const p = prepare(tableOf(c), recipeOf([{ column: 'c', oneHot: { maxCategories: 3 } }], 'none'));
		expect(p.featureNames).toEqual(['c=a', 'c=b', 'c=other']);
		expect(p.fitted.inputs[0]).toMatchObject({ categories: ['a', 'b'], other: true });
		expect(Array.from(p.X.data)).toEqual([0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1]);
	});

	it('prepare leaves out constant and all-missing columns with a notice, never NaN', () => {
		const table = tableOf(numeric('x', [1, 2, 3]), numeric('flat', [4, 4, 4]), numeric('empty', [null, null, null]), categorical('one', ['u', 'u', 'u']));
		const p = prepare(table, recipeOf([{ column: 'x' }, { column: 'flat' }, { column: 'empty', impute: 'median' }, { column: 'one', oneHot: { maxCategories: 4 } }]));
		expect(p.featureNames).toEqual(['x']);
		expect(p.notices).toEqual(['empty left out: every value is missing.', 'flat left out: it has the same value in every row.', 'one=u left out: it has the same value in every row.']);
		expect(p.X.data.every(Number.isFinite)).toBe(true);
	});

	it('prepare skips log1p with a notice when a value is <= -1', () => {
		const p = prepare(tableOf(numeric('x', [-2, 0, 3])), recipeOf([{ column: 'x', log1p: true }], 'none'));
		expect(p.fitted.features[0].log1p).toBe(false);
		expect(p.notices).toEqual(['log1p not applied to x: it has values <= -1.']);
	});

	it('prepare fits minmax and robust scalers', () => {
		const table = tableOf(numeric('x', [1, 2, 3, 4, 11]));
		const minmax = prepare(table, recipeOf([{ column: 'x' }], 'minmax'));
		expect(Array.from(minmax.X.data)).toEqual([0, 0.1, 0.2, 0.3, 1]);
		const robust = prepare(table, recipeOf([{ column: 'x' }], 'robust'));
		expect(robust.fitted.features[0]).toMatchObject({ centre: 3, scale: 2 });
	});

	it('prepare throws naming a missing column, a repeated column or a recipe that keeps no rows', () => {
		const table = tableOf(numeric('x', [1, null]));
		expect(() => prepare(table, recipeOf([{ column: 'nope' }]))).toThrow(/column "nope" not found/);
		expect(() => prepare(table, recipeOf([{ column: 'x' }, { column: 'x' }]))).toThrow(/"x" appears twice/);
		expect(() => prepare(tableOf(numeric('x', [null, 1]), numeric('y', [1, null])), recipeOf([{ column: 'x' }, { column: 'y' }]))).toThrow(/every row was dropped/);
	});
});

describe('applyFitted', () => {
	const mixed = (): Recipe =>
		recipeOf([
			{ column: 'x', impute: 'median', outliers: { method: 'iqr', threshold: 1.5, action: 'clip' }, log1p: true },
			{ column: 'y', impute: 'drop', outliers: { method: 'zscore', threshold: 1.5, action: 'drop' } },
			{ column: 'c', impute: 'mode', oneHot: { maxCategories: 2 } }
		]);
	const table = tableOf(
		numeric('x', [1, 2, null, 4, 90, 3, 2]),
		numeric('y', [5, 6, 7, null, 6, 40, 5]),
		categorical('c', ['a', 'b', 'c', 'a', null, 'b', 'a'])
	);

	it('applyFitted(table, prepare(table).fitted) gives the identical matrix and rows', () => {
		const p = prepare(table, mixed());
		const again = applyFitted(table, p.fitted);
		expect(again.X).toEqual(p.X);
		expect(again.rowIndex).toEqual(p.rowIndex);
		expect(again.dropped).toEqual(p.dropped);
		expect(p.dropped).toEqual([
			{ reason: 'missing value in y', count: 1 },
			{ reason: 'outlier in y', count: 1 }
		]);
	});

	it('FittedRecipe survives a JSON round trip and applies the same', () => {
		const p = prepare(table, mixed());
		const copy = JSON.parse(JSON.stringify(p.fitted));
		expect(copy).toEqual(p.fitted);
		expect(applyFitted(table, copy).X).toEqual(p.X);
	});

	it('applyFitted uses the fitted fill, bounds and categories on new rows', () => {
		const p = prepare(table, mixed());
		const fresh = tableOf(categorical('c', ['zzz', null]), numeric('y', [5, 6]), numeric('x', [null, 1000]));
		const out = applyFitted(fresh, p.fitted);
		const x = p.fitted.inputs[0];
		const [fx, fy, fa, fo] = p.fitted.features;
		const scaled = (v: number, f: typeof fx) => (v - f.centre) / f.scale;
		expect(Array.from(out.X.data)).toEqual(
			[
				[scaled(Math.log1p(x.fill as number), fx), scaled(5, fy), scaled(0, fa), scaled(1, fo)],
				[scaled(Math.log1p(x.bounds!.upper), fx), scaled(6, fy), scaled(1, fa), scaled(0, fo)]
			]
				.flat()
				.map((v) => expect.closeTo(v, 12))
		);
		expect(p.featureNames).toEqual(['x', 'y', 'c=a', 'c=other']);
	});

	it('applyFitted throws naming a column the table lacks', () => {
		const p = prepare(table, mixed());
		expect(() => applyFitted(tableOf(numeric('x', [1])), p.fitted)).toThrow(/column "y" is used by the recipe/);
	});
});
