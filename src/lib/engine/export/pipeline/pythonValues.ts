// Python literals written from model values. Every value a model file carries (column names,
// categories, segment names) comes from someone else's data, so strings are escaped down to
// printable ASCII: a name holding quotes, backslashes, newlines or U+2028 stays one string literal
// and can never end it and run as code. Floats keep every bit: JavaScript's String(x) is the
// shortest text that reads back to the same double, which Python's float() also reads exactly.

/** A float literal that reads back to exactly `x` (NaN and infinities as float("...")). */
export function pyFloat(x: number): string {
	if (Number.isNaN(x)) return 'float("nan")';
	if (x === Infinity) return 'float("inf")';
	if (x === -Infinity) return 'float("-inf")';
	if (Object.is(x, -0)) return '-0.0';
	const text = String(x);
	return /[.e]/.test(text) ? text : `${text}.0`;
}

/** An int literal; throws for a value that is not a whole number. */
export function pyInt(x: number): string {
	if (!Number.isSafeInteger(x)) throw new Error(`${x} is not a whole number`);
	return String(x);
}

function hex(code: number, width: number): string {
	return code.toString(16).padStart(width, '0');
}

/** A double-quoted str literal of printable ASCII; everything else escaped by code point. */
export function pyStr(text: string): string {
	let out = '"';
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		const point = text.codePointAt(i)!;
		if (point > 0xffff) i++;
		if (point === 0x5c) out += '\\\\';
		else if (point === 0x22) out += '\\"';
		else if (point >= 0x20 && point < 0x7f) out += text[i];
		else if (point <= 0xff) out += `\\x${hex(point, 2)}`;
		else if (point <= 0xffff) out += `\\u${hex(unit, 4)}`;
		else out += `\\U${hex(point, 8)}`;
	}
	return out + '"';
}

export function pyBool(value: boolean): string {
	return value ? 'True' : 'False';
}

/** A Python value from JSON-like data: numbers as floats unless `ints`, null as None. */
export type PyData = string | number | boolean | null | PyData[] | { [key: string]: PyData };

export function pyValue(value: PyData): string {
	if (value === null) return 'None';
	if (typeof value === 'string') return pyStr(value);
	if (typeof value === 'number') return pyFloat(value);
	if (typeof value === 'boolean') return pyBool(value);
	if (Array.isArray(value)) return `[${value.map(pyValue).join(', ')}]`;
	return `{${Object.entries(value).map(([k, v]) => `${pyStr(k)}: ${pyValue(v)}`).join(', ')}}`;
}

/** A list of floats, wrapped every `perLine` values so a large matrix stays readable. */
export function pyFloatList(values: ArrayLike<number>, perLine = 8): string {
	const items = Array.from(values, pyFloat);
	if (items.length <= perLine) return `[${items.join(', ')}]`;
	const lines: string[] = [];
	for (let i = 0; i < items.length; i += perLine) lines.push(`    ${items.slice(i, i + perLine).join(', ')},`);
	return `[\n${lines.join('\n')}\n]`;
}

/** Text safe to put after a `#`: one line, printable ASCII. */
export function pyComment(text: string): string {
	return text.replace(/[^\x20-\x7e]/g, '?');
}
