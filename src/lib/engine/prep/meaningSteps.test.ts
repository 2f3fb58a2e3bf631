// Preparation follows column meanings: no outlier rule for 0/1 columns or collapsed IQR bounds
// (marketing's AcceptedCmp1-5, credit-card TENURE mostly 12), codes one-hot encoded, roles decide
// the default recipe. The columns are synthetic look-alikes of the real tables.
import { describe, expect, it } from 'vitest';
import { importText } from '../io/import';
import type { Column, Table } from '../table';
import { applyFitted } from './applyFitted';
import { defaultRecipe } from './defaultRecipe';
import { prepare } from './prepare';
import type { Recipe, Suggestion } from './recipe';
import { suggestSteps } from './suggest';
import { numeric, tableOf } from './testing';

const n = 200;
/** 0/1 with `ones` ones spread over n rows. */
const zeroOne = (ones: number) => Array.from({ length: n }, (_, i) => (i % Math.floor(n / ones) === 0 ? 1 : 0));
const mostlyTwelve = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 6 + (i % 6) : 12));
const spend = Array.from({ length: n }, (_, i) => Math.round(10 * Math.exp((i % 37) / 6)));

/** A marketing-like table as the importer gives it (meanings and roles inferred). */
function marketingLike(): Table {
	const header = ['ID', 'MntWines', 'AcceptedCmp3', 'AcceptedCmp4', 'AcceptedCmp1', 'Complain', 'Response', 'TENURE'];
	const lines = Array.from({ length: n }, (_, i) =>
		[5000 + i, spend[i], zeroOne(14)[i], zeroOne(15)[i], zeroOne(13)[i], zeroOne(2)[i], zeroOne(30)[i], mostlyTwelve[i]].join('\t')
	);
	return importText([header.join('\t'), ...lines].join('\n'), { fileName: 'marketing-like.tsv' }).table;
}

/** Every suggestion merged into its column's step, as the Prepare page's "Apply all suggestions" does. */
function applyAll(recipe: Recipe, suggestions: Suggestion[]): Recipe {
	const features = recipe.features.map((step) => Object.assign({ ...step }, ...suggestions.filter((s) => s.column === step.column).map((s) => s.step ?? {})));
	return { ...recipe, features };
}

function varies(values: Float64Array): boolean {
	return values.some((v) => v !== values[0]);
}

describe('suggestSteps with meanings', () => {
	it('suggestSteps proposes no outlier rule or log1p for 0/1 columns, nor clipping for TENURE mostly 12', () => {
		const table = marketingLike();
		const recipe: Recipe = { version: 1, features: ['MntWines', 'AcceptedCmp3', 'AcceptedCmp4', 'AcceptedCmp1', 'Complain', 'Response', 'TENURE'].map((column) => ({ column })), scaler: 'standard' };
		const s = suggestSteps(table, recipe);
		expect(s.filter((x) => x.column !== 'MntWines')).toEqual([]);
		expect(s.map((x) => x.kind)).toContain('log1p');
	});

	it('suggestSteps proposes no outlier rule for a share within 0..1 (PRC_FULL_PAYMENT)', () => {
		const prc = Array.from({ length: n }, (_, i) => (i % 20 === 0 ? 1 : 0.1 + (i % 3) / 10));
		const s = suggestSteps(tableOf(numeric('PRC_FULL_PAYMENT', prc)), { version: 1, features: [{ column: 'PRC_FULL_PAYMENT' }], scaler: 'standard' });
		expect(s.map((x) => x.kind)).not.toContain('outliers');
	});

	it('suggestSteps proposes no outlier rule for a 0/1 column without a stored meaning either (inferred flag)', () => {
		const table = tableOf(numeric('online', zeroOne(10)), numeric('x', spend));
		const s = suggestSteps(table, { version: 1, features: [{ column: 'online' }], scaler: 'standard' });
		expect(s).toEqual([]);
	});
});

describe('prepare never turns a varying column into a constant', () => {
	it('prepare(apply all suggestions) on marketing-like columns keeps every 0/1 column and TENURE varying', () => {
		const table = marketingLike();
		const columns = ['MntWines', 'AcceptedCmp3', 'AcceptedCmp4', 'AcceptedCmp1', 'Complain', 'Response', 'TENURE'];
		const base: Recipe = { version: 1, features: columns.map((column) => ({ column })), scaler: 'none' };
		const recipe = applyAll(base, suggestSteps(table, base));
		const p = prepare(table, recipe);
		expect(p.featureNames).toEqual(columns);
		p.featureNames.forEach((_, j) => {
			const column = Float64Array.from({ length: p.X.rows }, (_, i) => p.X.data[i * p.X.cols + j]);
			expect(varies(column), columns[j]).toBe(true);
		});
	});

	it('prepare skips a clip rule whose IQR bounds collapse (0/1 column, TENURE mostly 12), with a notice', () => {
		const table = tableOf(numeric('acc', zeroOne(14)), numeric('tenure', mostlyTwelve));
		const clip = { method: 'iqr' as const, threshold: 1.5, action: 'clip' as const };
		const p = prepare(table, { version: 1, features: [{ column: 'acc', outliers: clip }, { column: 'tenure', outliers: clip }], scaler: 'none' });
		expect(p.fitted.inputs.map((x) => x.bounds)).toEqual([null, null]);
		expect(p.notices).toEqual([
			'acc: outlier rule skipped: its bounds (0 to 0) would give every row the same value.',
			'tenure: outlier rule skipped: its bounds (12 to 12) would give every row the same value.'
		]);
		expect(p.featureNames).toEqual(['acc', 'tenure']);
	});

	it('prepare skips a drop rule that would keep only one value, and any rule on a flag', () => {
		const flag: Column = { ...numeric('online', [0, 1, 0, 1, 0, 1]), meaning: 'flag' };
		const table = tableOf(numeric('tenure', mostlyTwelve), numeric('x', spend));
		const drop = { method: 'iqr' as const, threshold: 1.5, action: 'drop' as const };
		const p = prepare(table, { version: 1, features: [{ column: 'tenure', outliers: drop }, { column: 'x' }], scaler: 'none' });
		expect(p.dropped).toEqual([]);
		const q = prepare(tableOf(flag), { version: 1, features: [{ column: 'online', outliers: { method: 'zscore', threshold: 0.5, action: 'clip' } }], scaler: 'none' });
		expect(q.notices).toEqual(["online: outlier rule skipped: a flag column's extreme values are real, not errors."]);
	});
});

describe('codes and roles', () => {
	const wholesaleLike = importText(
		['Channel,Region,Fresh', ...Array.from({ length: 60 }, (_, i) => `${1 + (i % 2)},${1 + (i % 3)},${100 + 37 * i}`)].join('\n'),
		{ fileName: 'wholesale-like.csv' }
	).table;

	it('defaultRecipe leaves out codes (Channel, Region), outcomes and ids', () => {
		expect(defaultRecipe(wholesaleLike).features.map((s) => s.column)).toEqual(['Fresh']);
		expect(defaultRecipe(marketingLike()).features.map((s) => s.column)).toEqual(['MntWines', 'TENURE']);
		expect(marketingLike().columns.map((c) => c.role)).toEqual(['id', 'feature', 'label', 'label', 'label', 'label', 'label', 'feature']);
	});

	it('prepare one-hot encodes a code column the analyst includes, and applyFitted reads new rows the same way', () => {
		const p = prepare(wholesaleLike, { version: 1, features: [{ column: 'Region' }, { column: 'Fresh' }], scaler: 'none' });
		expect(p.featureNames).toEqual(['Region=1', 'Region=2', 'Region=3', 'Fresh']);
		expect(p.fitted.inputs[0].derive).toEqual({ kind: 'code' });
		expect(Array.from(p.X.data.slice(0, 8))).toEqual([1, 0, 0, 100, 0, 1, 0, 137]);
		const fresh = importText('Region,Fresh\n3,5\n2,6', { fileName: 'new.csv' }).table;
		expect(Array.from(applyFitted(fresh, JSON.parse(JSON.stringify(p.fitted))).X.data)).toEqual([0, 0, 1, 5, 0, 1, 0, 6]);
	});
});
