// The date pattern of a column's values, tolerating a few stray entries ('unknown', '0000-00-00')
// that would make `detectDateFormat` refuse the whole sample.
import { detectDateFormat } from './dates';
import { isMissingToken } from './missing';

/** Share of sample values that may fail to look like dates. */
const tolerance = 0.05;

export function detectColumnDateFormat(values: readonly string[]): string | null {
	const texts = values.filter((v) => !isMissingToken(v));
	if (texts.length === 0) return null;
	const all = detectDateFormat(texts);
	if (all || texts.length < 20) return all;
	const sample = texts.slice(0, 500);
	const dated = sample.filter((v) => detectDateFormat([v]) !== null);
	if (dated.length < (1 - tolerance) * sample.length) return null;
	return detectDateFormat(dated);
}
