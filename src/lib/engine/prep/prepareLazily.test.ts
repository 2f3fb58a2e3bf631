import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { createRandom } from '../random';
import { takeRows, writeRows } from '../rowSource';
import { prepare, prepareLazily } from './prepare';
import type { ColumnStep, Recipe } from './recipe';
import { categorical, numeric, tableOf, wholesaleTable } from './testing';

const recipeOf = (features: ColumnStep[], scaler: Recipe['scaler'] = 'standard'): Recipe => ({ version: 1, features, scaler });

// Missing values filled and dropped, an outlier rule, log1p, one-hot, a constant column left out, each scaler.
function mixedTable() {
	const random = createRandom(7);
	const n = 500;
	const x = Array.from({ length: n }, (_, i) => (i % 37 === 0 ? null : random.next() * 100));
	const y = Array.from({ length: n }, (_, i) => (i % 53 === 0 ? null : Math.exp(random.next() * 5)));
	const z = Array.from({ length: n }, (_, i) => (i === 11 ? 1e6 : random.next()));
	const c = Array.from({ length: n }, (_, i) => (i % 41 === 0 ? null : ['north', 'south', 'east'][i % 3]));
	return tableOf(numeric('x', x), numeric('y', y), numeric('z', z), numeric('one', x.map(() => 1)), categorical('c', c));
}
const mixedSteps: ColumnStep[] = [
	{ column: 'x', impute: 'median' },
	{ column: 'y', impute: 'drop', log1p: true },
	{ column: 'z', outliers: { method: 'iqr', threshold: 1.5, action: 'drop' } },
	{ column: 'one', impute: 'mean' },
	{ column: 'c', impute: 'mode', oneHot: { maxCategories: 5 } }
];

describe('prepareLazily', () => {
	for (const scaler of ['standard', 'minmax', 'robust', 'none'] as const) {
		it(`prepareLazily(table, ${scaler}) has prepare()'s fit, and its rows, blocks and samples equal prepare()'s X exactly`, () => {
			const table = mixedTable();
			const recipe = recipeOf(mixedSteps, scaler);
			const eager = prepare(table, recipe);
			const lazy = prepareLazily(table, recipe);
			const source = lazy.source!;
			expect(lazy.featureNames).toEqual(eager.featureNames);
			expect(lazy.fitted).toEqual(eager.fitted);
			expect(lazy.notices).toEqual(eager.notices);
			expect(lazy.dropped).toEqual(eager.dropped);
			expect(Array.from(lazy.rowIndex)).toEqual(Array.from(eager.rowIndex));
			expect([source.rows, source.cols]).toEqual([eager.X.rows, eager.X.cols]);
			// Blocks of uneven size, before the matrix exists.
			const d = source.cols;
			const blocks = new Float64Array(source.rows * d);
			for (let from = 0; from < source.rows; from += 97) {
				const to = Math.min(source.rows, from + 97);
				writeRows(source, from, to, blocks.subarray(from * d, to * d));
			}
			expect(blocks).toEqual(eager.X.data);
			const picks = [5, 0, source.rows - 1, 5, 200];
			expect(takeRows(source, picks)).toEqual(takeRows(eager.X, picks));
			// Then the matrix itself, built on first use and kept; blocks read from it after.
			expect(lazy.X).toEqual(eager.X);
			expect(lazy.X).toBe(lazy.X);
			const again = new Float64Array(3 * d);
			writeRows(source, 10, 13, again);
			expect(again).toEqual(eager.X.data.subarray(10 * d, 13 * d));
		});
	}

	it('prepareLazily(wholesale) equals prepare(wholesale) with log1p on every column', () => {
		const table = wholesaleTable();
		const columns = table.columns.filter((c) => c.type === 'numeric').map((c) => ({ column: c.name, log1p: true }));
		const eager = prepare(table, recipeOf(columns));
		const lazy = prepareLazily(table, recipeOf(columns));
		const out = new Float64Array(eager.X.data.length);
		writeRows(lazy.source!, 0, lazy.source!.rows, out);
		expect(out).toEqual(eager.X.data);
	});

	it('prepareLazily throws what prepare throws, naming the column', () => {
		const table = tableOf(numeric('x', [1, 2, 3]));
		expect(() => prepareLazily(table, recipeOf([{ column: 'nope' }]))).toThrow(/nope/);
		expect(() => prepareLazily(tableOf(numeric('x', [1, 1, 1])), recipeOf([{ column: 'x' }]))).toThrow(/no features left/);
	});

	it('writeRows and takeRows refuse rows outside the source, naming them', () => {
		const lazy = prepareLazily(mixedTable(), recipeOf(mixedSteps));
		const source = lazy.source!;
		expect(() => writeRows(source, 0, source.rows + 1, new Float64Array((source.rows + 1) * source.cols))).toThrow(`rows 0..${source.rows + 1}`);
		expect(() => writeRows(source, 0, 2, new Float64Array(3))).toThrow('need');
		expect(() => takeRows(source, [source.rows])).toThrow(`row ${source.rows} is not one of the ${source.rows} rows`);
	});
});

describe('prepareLazily, property', () => {
	// Random tables (numbers with gaps and outliers, categories with gaps) under random recipes.
	const cell = fc.oneof(fc.constant(null), fc.double({ min: -50, max: 500, noNaN: true }), fc.constantFrom(0, 1, 1e4));
	const category = fc.oneof(fc.constant(null), fc.constantFrom('a', 'b', 'c', 'd', 'e'));
	const numericStep = fc.record({
		impute: fc.constantFrom<ColumnStep['impute']>('drop', 'mean', 'median', { constant: 7 }),
		log1p: fc.boolean(),
		outliers: fc.option(fc.record({ method: fc.constantFrom<'iqr' | 'zscore'>('iqr', 'zscore'), threshold: fc.constantFrom(1.5, 3), action: fc.constantFrom<'flag' | 'clip' | 'drop'>('flag', 'clip', 'drop') }), { nil: undefined })
	});
	const categoryStep = fc.record({ impute: fc.constantFrom<ColumnStep['impute']>('drop', 'mode'), oneHot: fc.record({ maxCategories: fc.integer({ min: 1, max: 6 }) }) });
	const input = fc.integer({ min: 2, max: 60 }).chain((rows) =>
		fc.record({
			x: fc.array(cell, { minLength: rows, maxLength: rows }),
			y: fc.array(cell, { minLength: rows, maxLength: rows }),
			c: fc.array(category, { minLength: rows, maxLength: rows }),
			xStep: numericStep,
			yStep: numericStep,
			cStep: categoryStep,
			scaler: fc.constantFrom<Recipe['scaler']>('standard', 'minmax', 'robust', 'none'),
			block: fc.integer({ min: 1, max: 17 })
		})
	);

	test('prepareLazily throws what prepare throws, else its blocks and samples equal prepare()’s X bit for bit', () => {
		fc.assert(
			fc.property(input, ({ x, y, c, xStep, yStep, cStep, scaler, block }) => {
				const table = tableOf(numeric('x', x), numeric('y', y), categorical('c', c));
				const recipe = recipeOf([{ column: 'x', ...xStep }, { column: 'y', ...yStep }, { column: 'c', ...cStep }], scaler);
				let eager;
				try {
					eager = prepare(table, recipe);
				} catch (error) {
					expect(() => prepareLazily(table, recipe)).toThrow((error as Error).message);
					return;
				}
				const source = prepareLazily(table, recipe).source!;
				const out = new Float64Array(source.rows * source.cols);
				for (let from = 0; from < source.rows; from += block) {
					const to = Math.min(source.rows, from + block);
					writeRows(source, from, to, out.subarray(from * source.cols, to * source.cols));
				}
				expect(out).toEqual(eager.X.data);
				const picks = Array.from({ length: Math.min(5, source.rows) }, (_, i) => (i * 7) % source.rows);
				expect(takeRows(source, picks)).toEqual(takeRows(eager.X, picks));
			}),
			{ numRuns: 300, seed: 11 }
		);
	});
});
