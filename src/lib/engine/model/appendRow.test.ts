import { describe, expect, it } from 'vitest';
import { categorical, numeric, tableOf } from '../prep/testing';
import { appendRow } from './appendRow';

describe('appendRow', () => {
	it('appendRow(table, values) adds one row: numbers parsed, new categories added, unnamed columns missing', () => {
		const table = tableOf(numeric('spend', [1, 2]), categorical('region', ['north', 'south']), categorical('id', ['a', 'b']));
		const out = appendRow(table, { spend: '7.5', region: 'west' });
		expect(out.rowCount).toBe(3);
		const [spend, region, id] = out.columns;
		expect(spend.type === 'numeric' && Array.from(spend.values)).toEqual([1, 2, 7.5]);
		expect(region.type !== 'numeric' && [Array.from(region.codes), region.dictionary]).toEqual([[0, 1, 2], ['north', 'south', 'west']]);
		expect(id.type !== 'numeric' && Array.from(id.codes)).toEqual([0, 1, -1]);
		// The original table is untouched.
		expect(table.rowCount).toBe(2);
		expect(table.columns[1].type !== 'numeric' && table.columns[1].dictionary).toEqual(['north', 'south']);
	});

	it('a known category reuses its code; an empty number is missing', () => {
		const out = appendRow(tableOf(numeric('spend', [1]), categorical('region', ['north'])), { spend: '', region: 'north' });
		const [spend, region] = out.columns;
		expect(spend.type === 'numeric' && Number.isNaN(spend.values[1])).toBe(true);
		expect(region.type !== 'numeric' && region.codes[1]).toBe(0);
	});
});
