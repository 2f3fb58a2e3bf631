// Cell text -> number. A fast path reads plain decimals ('-12.50', '3') straight from the
// character codes; everything else goes through `parseNumberText`, which also knows exponents,
// thousands separators and decimal commas. Neither treats missing tokens: callers check those first.

/** Exact powers of ten: dividing an integer below 2^53 by one of these is correctly rounded. */
const pow10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * A plain decimal with at most 15 digits ('-12.5', '007', '.5'), read without allocating; NaN
 * for anything else (signs other than a leading '-', spaces, exponents, grouping). `point` is the
 * decimal separator's char code: 46 for '.', 44 for ','.
 */
export function parsePlainNumber(text: string, point: number): number {
	const n = text.length;
	if (n === 0 || n > 17) return Number.NaN;
	let i = 0;
	let negative = false;
	if (text.charCodeAt(0) === 45) {
		negative = true;
		i = 1;
	}
	let mantissa = 0;
	let digits = 0;
	let fraction = -1;
	for (; i < n; i++) {
		const c = text.charCodeAt(i) - 48;
		if (c >= 0 && c <= 9) {
			mantissa = mantissa * 10 + c;
			digits++;
			if (fraction >= 0) fraction++;
		} else if (c === point - 48 && fraction < 0) {
			fraction = 0;
		} else {
			return Number.NaN;
		}
	}
	if (digits === 0 || digits > 15) return Number.NaN;
	const value = fraction > 0 ? mantissa / pow10[fraction] : mantissa;
	return negative ? -value : value;
}

const plain = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const groupedWithCommas = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const decimalCommaNumber = /^[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d+)?$/;
const decimalCommaFraction = /^[+-]?,\d+$/;

/**
 * Any number written in a table cell: '1e-3', '+4', ' 12 ', '1,234.5' (comma grouping), and with
 * `decimalComma` '1.234,56' and '3,5'. NaN when the text is not a number (including missing tokens,
 * 'Infinity' and hexadecimal).
 */
export function parseNumberText(text: string, decimalComma: boolean): number {
	const t = text.trim();
	if (decimalComma && (decimalCommaNumber.test(t) || decimalCommaFraction.test(t))) {
		return Number(t.replace(/\./g, '').replace(',', '.'));
	}
	if (plain.test(t)) return Number(t);
	if (!decimalComma && groupedWithCommas.test(t)) return Number(t.replace(/,/g, ''));
	return Number.NaN;
}

/** Fast path first, then the general reader. NaN when not a number. */
export function parseNumber(text: string, decimalComma: boolean): number {
	const v = parsePlainNumber(text, decimalComma ? 44 : 46);
	return v === v ? v : parseNumberText(text, decimalComma);
}

/** A number written back the way the file wrote decimals. */
export function formatNumber(value: number, decimalComma: boolean): string {
	const text = String(value);
	return decimalComma ? text.replace('.', ',') : text;
}
