import { describe, expect, test } from 'vitest';
import { loadReference, wholesaleColumns } from '../../../../tests/helpers/fixtures';
import { prepare } from '../prep/prepare';
import { wholesaleTable } from '../prep/testing';
import { originalColumns } from '../results/originalColumns';
import { profileSegments } from './profile';

describe('profileSegments', () => {
	// A: labelled values 1 3 | 5 7 (mean 4, population std sqrt 5); B is constant; the noise row is ignored.
	const labels = Int32Array.from([0, 0, 1, 1, -1]);
	const columns = [
		{ name: 'A', values: Float64Array.from([1, 3, 5, 7, 100]) },
		{ name: 'B', values: Float64Array.from([10, 10, 10, 10, 0]) }
	];

	test('profileSegments(columns, labels) gives sizes, shares, means, medians and z against the labelled rows', () => {
		const p = profileSegments(columns, labels);
		expect([p.labelled, p.noise]).toEqual([4, 1]);
		expect(p.overall[0]).toMatchObject({ feature: 'A', count: 4, mean: 4, median: 4 });
		const [low, high] = p.segments;
		expect(low).toMatchObject({ label: 0, size: 2, share: 0.5, name: 'Low A' });
		expect(low.features[0]).toMatchObject({ mean: 2, median: 2, overallMean: 4, direction: 'low' });
		expect(low.features[0].z).toBeCloseTo(-2 / Math.sqrt(5), 12);
		expect(low.features[1]).toMatchObject({ z: 0, direction: 'typical' });
		expect(high.name).toBe('High A');
		expect(high.distinctive.map((d) => d.feature)).toEqual(['A']);
	});

	test('profileSegments({minZ: 1}) calls nothing out and names segments "Typical", made unique by number', () => {
		const p = profileSegments(columns, labels, { minZ: 1 });
		expect(p.segments.map((s) => s.name)).toEqual(['Typical', 'Typical (segment 2)']);
		expect(p.segments[0].actions[0].rule).toBe('typical');
	});

	test('profileSegments reads a 0/1 feature as shares and needs them minShare apart', () => {
		// Segment 0: 1 of 10 has it, segment 1: 3 of 10 (overall 20 %, z = ±0.25).
		const flag = Float64Array.from({ length: 20 }, (_, i) => (i === 0 || (i >= 10 && i < 13) ? 1 : 0));
		const twenty = Int32Array.from({ length: 20 }, (_, i) => (i < 10 ? 0 : 1));
		const complain = [{ name: 'Complain', values: flag, meaning: 'outcome' as const }];
		expect(profileSegments(complain, twenty, { minZ: 0.2 }).segments[1].features[0]).toMatchObject({ share: { segment: 0.3, overall: 0.2 }, direction: 'high' });
		expect(profileSegments(complain, twenty, { minZ: 0.2, minShare: 0.15 }).segments[1].features[0].direction).toBe('typical');
	});

	test('profileSegments describes an integer code by the code a segment holds more of, never by its mean', () => {
		const region = Float64Array.from([1, 1, 1, 2, 3, 3, 3, 3]);
		const p = profileSegments([{ name: 'Region', values: region, meaning: 'code' }], Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1]));
		const [first, second] = p.segments;
		expect(first.features[0]).toMatchObject({ category: { column: 'Region', value: '1' }, share: { segment: 0.75, overall: 0.375 }, direction: 'high' });
		expect(second.features[0]).toMatchObject({ category: { column: 'Region', value: '3' }, share: { segment: 1, overall: 0.5 } });
		expect(p.segments.map((s) => s.name)).toEqual(['Mostly Region 1', 'Region 3']);
	});

	test('profileSegments: the badges (distinctive) and the actions agree on what stands out', () => {
		const frequency = Float64Array.from([0.9, 1, 0.2, 0.1, 0.3, 0.2]);
		const p = profileSegments([{ name: 'PURCHASES_FREQUENCY', values: frequency, meaning: 'count' }], Int32Array.from([0, 0, 1, 1, 1, 1]));
		for (const s of p.segments) {
			expect(s.distinctive.length).toBeGreaterThan(0);
			expect(s.actions.map((a) => a.rule)).not.toContain('typical');
		}
		expect(p.segments[0].actions[0].rule).toBe('frequent');
	});

	test('missing values are left out per feature', () => {
		const p = profileSegments([{ name: 'A', values: Float64Array.from([1, Number.NaN, 5, 7]) }], Int32Array.from([0, 0, 1, 1]));
		expect(p.segments[0].features[0].mean).toBe(1);
		expect(p.segments[0].size).toBe(2);
	});

	test('profileSegments rejects all-noise labels', () => {
		expect(() => profileSegments(columns, Int32Array.from([-1, -1, -1, -1, -1]))).toThrow(/no rows belong to a segment/);
	});

	test('profileSegments on the wholesale reference clusters names each by its strongest spend categories', () => {
		const ref = loadReference('wholesale-log-standard');
		const data = wholesaleColumns();
		const spend = ref.features.map((name) => ({ name, values: Float64Array.from(data[name]), meaning: 'spend' as const }));
		const p = profileSegments(spend, Int32Array.from(ref.labelled.labels));
		expect(p.segments.reduce((s, x) => s + x.size, 0)).toBe(440);
		expect(new Set(p.segments.map((s) => s.name)).size).toBe(p.segments.length);
		const grocers = p.segments.find((s) => s.name.startsWith('High Grocery'))!;
		expect(grocers.distinctive.slice(0, 3).map((d) => d.feature).sort()).toEqual(['Detergents_Paper', 'Grocery', 'Milk']);
		for (const s of p.segments) {
			const z = s.distinctive.map((d) => Math.abs(d.z));
			expect(z).toEqual([...z].sort((a, b) => b - a));
			expect(s.actions.length).toBeGreaterThan(0);
		}
	});
});

describe('profileSegments through originalColumns', () => {
	test('Wholesale with Channel and Region one-hot: categories are named as such, never as quantities', () => {
		const ref = loadReference('wholesale-log-standard');
		const table = wholesaleTable();
		const steps = ['Channel', 'Region', ...ref.features].map((column) => ({ column, impute: 'median' as const }));
		const prepared = prepare(table, { version: 1, scaler: 'standard', features: steps });
		const p = profileSegments(originalColumns(table, prepared.fitted, prepared.rowIndex), Int32Array.from(ref.labelled.labels));
		const names = p.segments.map((s) => s.name);
		expect(new Set(names).size).toBe(names.length);
		for (const name of names) expect(name).not.toMatch(/(high|low) (Channel|Region)|Channel=|Region=/i);
		const grocers = p.segments.find((s) => s.distinctive.some((d) => d.feature === 'Grocery' && d.direction === 'high'))!;
		expect(grocers.name).toMatch(/^Mostly Channel 2, high Grocery/);
		const channel = grocers.distinctive.find((d) => d.feature === 'Channel=2')!;
		expect(channel).toMatchObject({ meaning: 'code', category: { column: 'Channel', value: '2' } });
		expect(channel.share!.segment).toBeGreaterThan(0.5);
		expect(grocers.actions.map((a) => a.action)).toContain('Mostly Channel 2 (80 % vs 32 % overall): fit offers and messages to this group');
		for (const s of p.segments) {
			for (const a of s.actions) expect(a.action).not.toMatch(/spending on (Channel|Region)|offer on (Channel|Region)/);
		}
	});
});
