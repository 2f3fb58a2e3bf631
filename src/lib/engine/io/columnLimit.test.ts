import { describe, expect, test } from 'vitest';
import { maxColumns } from './errors';
import { importBlob, importText, ImportError } from './import';

/** A CSV with `width` numeric columns `c1..cN` and `rows` data rows. */
function wideCsv(width: number, rows: number): string {
	const header = Array.from({ length: width }, (_, j) => `c${j + 1}`).join(',');
	const lines = Array.from({ length: rows }, (_, i) => Array.from({ length: width }, (_, j) => String((i + j) % 97)).join(','));
	return [header, ...lines].join('\n') + '\n';
}

function importFailure(run: () => unknown): ImportError {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportError) return error;
		throw error;
	}
	throw new Error('expected an ImportError');
}

describe('the column limit at import', () => {
	test(`importText(a CSV with maxColumns + 1 columns) says how many columns it has and the limit`, () => {
		const error = importFailure(() => importText(wideCsv(maxColumns + 1, 2), { fileName: 'wide.csv' }));
		expect(error.code).toBe('too-many-columns');
		expect(error.message).toContain(`"wide.csv" has ${(maxColumns + 1).toLocaleString('en-US')} columns`);
		expect(error.message).toContain(`Segment Lab handles up to ${maxColumns.toLocaleString('en-US')}`);
	});

	test('importText(a CSV with exactly maxColumns columns) imports every column', () => {
		const { table } = importText(wideCsv(maxColumns, 3), { fileName: 'wide.csv' });
		expect(table.columns).toHaveLength(maxColumns);
		expect(table.rowCount).toBe(3);
	});

	test('importBlob(a 10 MB single line of one repeated name) fails fast with the column limit, not a hang', async () => {
		const line = 'customer_lifetime_value,'.repeat(440_000);
		const error = await importBlob(new Blob([line]), { fileName: 'one-line.csv' }).then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(ImportError);
		expect((error as ImportError).code).toBe('too-many-columns');
		expect((error as ImportError).message).toContain('has 440,001 columns');
	}, 60_000);

	test('importText(a JSON array of records with too many keys) names the limit too', () => {
		const record = Object.fromEntries(Array.from({ length: maxColumns + 1 }, (_, j) => [`k${j}`, j]));
		const error = importFailure(() => importText(JSON.stringify([record, record]), { fileName: 'wide.json' }));
		expect(error.code).toBe('too-many-columns');
	});
});
