import { describe, expect, test } from 'vitest';
import { loadReference, wholesaleColumns } from '../../../../tests/helpers/fixtures';
import { segmentName, uniqueNames } from './naming';
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

	test('profileSegments({minZ: 1}) calls nothing out and names segments "Typical", made unique', () => {
		const p = profileSegments(columns, labels, { minZ: 1 });
		expect(p.segments.map((s) => s.name)).toEqual(['Typical', 'Typical (segment 1)']);
		expect(p.segments[0].actions[0].rule).toBe('fallback');
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
		const spend = ref.features.map((name) => ({ name, values: Float64Array.from(data[name]) }));
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

describe('segmentName', () => {
	test('segmentName lists up to 3 features with their direction, capitalised', () => {
		const d = [
			{ feature: 'Grocery', direction: 'high' as const },
			{ feature: 'Detergents_Paper', direction: 'high' as const },
			{ feature: 'Fresh', direction: 'low' as const },
			{ feature: 'Milk', direction: 'high' as const }
		];
		expect(segmentName(d)).toBe('High Grocery, high Detergents_Paper, low Fresh');
		expect(segmentName(d, 2)).toBe('High Grocery, high Detergents_Paper');
		expect(segmentName([])).toBe('Typical');
	});

	test('uniqueNames suffixes repeats with their label', () => {
		expect(uniqueNames(['X', 'Y', 'X'], [0, 1, 4])).toEqual(['X', 'Y', 'X (segment 4)']);
	});
});
