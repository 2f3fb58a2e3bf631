// The date pattern of a column's values, tolerating some stray entries ('unknown', '0000-00-00')
// that would make `detectDateFormat` refuse the whole sample.
import { detectDateFormat } from './dates';
import { isMissingToken } from './missing';

/** Values looked at one by one when the sample as a whole has no pattern. */
const sampleSize = 500;

/** The pattern of the values, if all of them, or all but a `tolerance` share of them, are dates. */
export function detectColumnDateFormat(values: readonly string[], tolerance = 0.05): string | null {
	const texts = values.filter((v) => !isMissingToken(v));
	if (texts.length === 0) return null;
	const all = detectDateFormat(texts);
	if (all) return all;
	const sample = texts.slice(0, sampleSize);
	const dated = sample.filter((v) => detectDateFormat([v]) !== null);
	if (dated.length === 0 || dated.length < (1 - tolerance) * sample.length) return null;
	return detectDateFormat(dated);
}
