// Date/time pattern detection from sample cells: every non-empty sample is read into its shape
// (year-first or not, separator, which time parts it has), the shapes are merged into one pattern,
// and the pattern must then parse every sample. Parsing itself lives in datePattern.ts.
import { parseDate } from './datePattern';

export { parseDate } from './datePattern';

interface TimeShape {
	separator: 'T' | ' ';
	hour: number;
	hourPadded: boolean;
	seconds: boolean;
	fraction: boolean;
	/** '' without AM/PM, ' A' with a space before it, 'A' without. */
	ampm: '' | ' A' | 'A';
	zone: boolean;
}

interface Shape {
	yearFirst: boolean;
	separator: string;
	yearDigits: number;
	/** The two fields that are not the year, in written order. */
	first: number;
	second: number;
	padded: boolean;
	time: TimeShape | null;
}

const yearFirstDate = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/;
const yearLastDate = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/;
const timePart = /^(T| +)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?( ?[AaPp][Mm])?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function readTime(rest: string): TimeShape | null | undefined {
	if (rest === '') return null;
	const m = timePart.exec(rest);
	if (!m) return undefined;
	return {
		separator: m[1] === 'T' ? 'T' : ' ',
		hour: +m[2],
		hourPadded: m[2].length === 2,
		seconds: m[4] !== undefined,
		fraction: m[5] !== undefined,
		ampm: m[6] === undefined ? '' : m[6][0] === ' ' ? ' A' : 'A',
		zone: m[7] !== undefined
	};
}

/** The shape of one cell, or undefined when it does not look like a date. */
function readShape(text: string): Shape | undefined {
	const yearFirst = yearFirstDate.exec(text);
	const m = yearFirst ?? yearLastDate.exec(text);
	if (!m) return undefined;
	const time = readTime(text.slice(m[0].length));
	if (time === undefined) return undefined;
	const [a, b] = yearFirst ? [m[3], m[4]] : [m[1], m[3]];
	return {
		yearFirst: yearFirst !== null,
		separator: m[2],
		yearDigits: (yearFirst ? m[1] : m[4]).length,
		first: +a,
		second: +b,
		padded: a.length === 2 && b.length === 2,
		time
	};
}

/** 'all', 'some' or 'none' of the items satisfy the test. */
function share<T>(items: T[], test: (item: T) => boolean): 'all' | 'some' | 'none' {
	const n = items.filter(test).length;
	return n === items.length ? 'all' : n === 0 ? 'none' : 'some';
}

function optional(text: string, presence: 'all' | 'some' | 'none'): string {
	return presence === 'all' ? text : presence === 'some' ? `[${text}]` : '';
}

function datePatternOf(shapes: Shape[]): string | null {
	const { separator: s, yearDigits } = shapes[0];
	if (shapes[0].yearFirst) {
		const padded = shapes.every((x) => x.padded);
		return padded ? `YYYY${s}MM${s}DD` : `YYYY${s}M${s}D`;
	}
	const year = yearDigits === 4 ? 'YYYY' : 'YY';
	const dayFirst = shapes.some((x) => x.first > 12);
	const monthFirst = shapes.some((x) => x.second > 12);
	if (dayFirst && monthFirst) return null;
	// Only ambiguous values: month first (US), except with dots, which are written day first.
	if (dayFirst || (!monthFirst && s === '.')) return `D${s}M${s}${year}`;
	return `M${s}D${s}${year}`;
}

function timePatternOf(times: TimeShape[], yearFirst: boolean): string | null {
	const { separator, ampm } = times[0];
	if (times.some((t) => t.separator !== separator || t.ampm !== ampm)) return null;
	const hour = ampm ? 'h' : yearFirst && times.every((t) => t.hourPadded) ? 'HH' : 'H';
	const withSeconds = times.filter((t) => t.seconds);
	const fraction = withSeconds.length ? optional('.SSS', share(withSeconds, (t) => t.fraction)) : '';
	const seconds = optional(`:ss${fraction}`, share(times, (t) => t.seconds));
	return `${separator}${hour}:mm${seconds}${ampm}${optional('Z', share(times, (t) => t.zone))}`;
}

/**
 * Detects the one date/time pattern that parses every non-empty sample, e.g. 'YYYY-MM-DD HH:mm:ss',
 * 'M/D/YYYY H:mm', 'D/M/YYYY', 'D-M-YYYY', 'M/D/YY H:mm', 'YYYY-MM-DDTHH:mm:ssZ'. Day/month order is
 * resolved from values > 12; ambiguous-only samples default to month-first (US), stated in the
 * pattern (dot-separated dates default to day-first, the only way they are written). Parts only some
 * samples have are optional: 'YYYY-MM-DD[ HH:mm]'. Returns null when the samples are not dates
 * (plain numbers such as 2011 never are) or when no single pattern reads them all.
 */
export function detectDateFormat(samples: readonly string[]): string | null {
	const texts = samples.map((s) => s.trim()).filter((s) => s !== '');
	if (texts.length === 0) return null;
	const shapes: Shape[] = [];
	for (const text of texts) {
		const shape = readShape(text);
		if (!shape) return null;
		shapes.push(shape);
	}
	const { yearFirst, separator, yearDigits } = shapes[0];
	const consistent = shapes.every(
		(x) => x.yearFirst === yearFirst && x.separator === separator && x.yearDigits === yearDigits
	);
	if (!consistent) return null;
	const date = datePatternOf(shapes);
	if (date === null) return null;
	const times = shapes.flatMap((x) => (x.time ? [x.time] : []));
	let pattern = date;
	if (times.length) {
		const time = timePatternOf(times, yearFirst);
		if (time === null) return null;
		pattern += optional(time, share(shapes, (x) => x.time !== null));
	}
	return texts.every((t) => !Number.isNaN(parseDate(t, pattern))) ? pattern : null;
}
