// Date patterns as text ('M/D/YYYY H:mm', 'YYYY-MM-DD[ HH:mm:ss]') compiled once into a regular
// expression plus a field map, then applied to cell text. Wall-clock times are read as UTC: no
// time-zone shifts, and a trailing offset is accepted but ignored, so every row of a column lands on
// the same clock whatever zone it was written in.
//
// Tokens: YYYY (4-digit year), YY (2-digit year, 00-68 -> 2000s, 69-99 -> 1900s as strptime does),
// MM / M (month), DD / D (day), HH / H (hour 0-23), hh / h (hour 1-12 with A), mm (minutes),
// ss (seconds), SSS (fraction of a second, 1-9 digits), A (AM/PM), Z ('Z' or an offset like +02:00).
// Doubled and single month/day/hour tokens both accept one or two digits. `[...]` marks an optional
// part. Every other character is a literal.

type Field = 'year' | 'year2' | 'month' | 'day' | 'hour' | 'hour12' | 'minute' | 'second' | 'fraction' | 'ampm';

interface CompiledPattern {
	regex: RegExp;
	/** Capture group index (1-based) of each field present in the pattern. */
	groups: Partial<Record<Field, number>>;
}

const tokens: [string, string, Field | null][] = [
	['YYYY', '(\\d{4})', 'year'],
	['YY', '(\\d{2})', 'year2'],
	['MM', '(\\d{1,2})', 'month'],
	['M', '(\\d{1,2})', 'month'],
	['DD', '(\\d{1,2})', 'day'],
	['D', '(\\d{1,2})', 'day'],
	['HH', '(\\d{1,2})', 'hour'],
	['H', '(\\d{1,2})', 'hour'],
	['hh', '(\\d{1,2})', 'hour12'],
	['h', '(\\d{1,2})', 'hour12'],
	['mm', '(\\d{2})', 'minute'],
	['ss', '(\\d{2})', 'second'],
	['SSS', '(\\d{1,9})', 'fraction'],
	['A', '([AaPp][Mm])', 'ampm'],
	['Z', '(?:Z|[+-]\\d{2}(?::?\\d{2})?)', null]
];

const cache = new Map<string, CompiledPattern | null>();

function escapeLiteral(ch: string): string {
	if (ch === ' ') return ' +';
	return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

function compile(pattern: string): CompiledPattern | null {
	let source = '';
	const groups: Partial<Record<Field, number>> = {};
	let group = 0;
	let depth = 0;
	let i = 0;
	outer: while (i < pattern.length) {
		const ch = pattern[i];
		if (ch === '[') {
			source += '(?:';
			depth++;
			i++;
			continue;
		}
		if (ch === ']') {
			if (depth === 0) return null;
			source += ')?';
			depth--;
			i++;
			continue;
		}
		for (const [token, regex, field] of tokens) {
			if (pattern.startsWith(token, i)) {
				source += regex;
				if (field) {
					if (groups[field] !== undefined) return null;
					groups[field] = ++group;
				}
				i += token.length;
				continue outer;
			}
		}
		source += escapeLiteral(ch);
		i++;
	}
	if (depth !== 0) return null;
	const hasYear = groups.year !== undefined || groups.year2 !== undefined;
	if (!hasYear || groups.month === undefined || groups.day === undefined) return null;
	return { regex: new RegExp(`^${source}$`), groups };
}

function compiled(pattern: string): CompiledPattern | null {
	let c = cache.get(pattern);
	if (c === undefined) {
		c = compile(pattern);
		cache.set(pattern, c);
	}
	return c;
}

/** Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function number(match: RegExpExecArray, group: number | undefined, fallback: number): number {
	if (group === undefined) return fallback;
	const text = match[group];
	return text === undefined ? fallback : +text;
}

function hourOf(match: RegExpExecArray, groups: CompiledPattern['groups']): number {
	if (groups.hour12 === undefined) return number(match, groups.hour, 0);
	const h = number(match, groups.hour12, 0);
	const marker = groups.ampm === undefined ? undefined : match[groups.ampm];
	if (marker === undefined || h < 1 || h > 12) return marker === undefined ? h : Number.NaN;
	const pm = marker[0] === 'P' || marker[0] === 'p';
	return (h % 12) + (pm ? 12 : 0);
}

/**
 * Milliseconds since 1970-01-01 treating the wall-clock time as UTC (no time-zone shifts; an offset
 * or `Z` is accepted and ignored); NaN when the text does not match the pattern or is not a real
 * date (Feb 30, 25:00). Surrounding white space is ignored.
 */
export function parseDate(text: string, pattern: string): number {
	const c = compiled(pattern);
	if (!c) return Number.NaN;
	const match = c.regex.exec(text.trim());
	if (!match) return Number.NaN;
	const g = c.groups;
	let year: number;
	if (g.year !== undefined) year = +match[g.year];
	else {
		const yy = +match[g.year2!];
		year = yy <= 68 ? 2000 + yy : 1900 + yy;
	}
	const month = +match[g.month!];
	const day = +match[g.day!];
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
	const hour = hourOf(match, g);
	const minute = number(match, g.minute, 0);
	const second = number(match, g.second, 0);
	if (!(hour <= 23) || minute > 59 || second > 59) return Number.NaN;
	let ms = 0;
	if (g.fraction !== undefined && match[g.fraction] !== undefined) {
		ms = Math.round(+`0.${match[g.fraction]}` * 1000);
	}
	return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}
