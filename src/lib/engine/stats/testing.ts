// Test-only helpers: the wholesale table as the import produces it, and pandas' explore reference.
import { readFixture } from '../../../../tests/helpers/fixtures';
import { importText } from '../io/import';
import { isNumeric } from '../table';

type Stat = 'count' | 'missing' | 'mean' | 'std' | 'min' | 'q25' | 'median' | 'q75' | 'max';

export interface ExploreReference {
	describe: Record<string, Record<Stat, number>>;
	pearson: Record<string, Record<string, number>>;
	spearman: Record<string, Record<string, number>>;
}

export function loadExploreReference(): ExploreReference {
	return JSON.parse(readFixture('reference/wholesale-explore.json'));
}

/** The wholesale numeric columns in file order, imported by importText. */
export function wholesaleTableColumns(): { name: string; values: Float64Array }[] {
	const { table } = importText(readFixture('data/wholesale-customers.csv'), { fileName: 'wholesale-customers.csv' });
	return table.columns.filter(isNumeric).map((c) => ({ name: c.name, values: c.values }));
}

/**
 * Agreement with a reference rounded to 12 decimals: relative error within `relative`, or an absolute
 * error within the rounding (5e-13) for values near 0, where a relative bound means nothing.
 */
export function closeTo(actual: number, expected: number, relative = 1e-9): boolean {
	if (Number.isNaN(expected)) return Number.isNaN(actual);
	const error = Math.abs(actual - expected);
	return error <= relative * Math.abs(expected) || error <= 5e-13;
}
