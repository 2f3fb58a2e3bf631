// Cell texts that mean "no value". Compared trimmed and case-insensitively, so NA, na, N/A, NULL,
// null, n.a., NaN, #N/A, -, ? and blanks all become missing. 'None' is deliberately not here: in
// customer data it is often a real category ("None" as a plan or a channel).

const tokens = new Set(['', 'na', 'n/a', 'n.a.', 'null', 'nan', '#n/a', '<na>', '-', '?']);

/** The longest token, so longer cells skip the trim and lookup unless they carry padding. */
const longest = 4;

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 160 || code === 13 || code === 10;
}

/** True when the cell text stands for a missing value (see the token list above). */
export function isMissingToken(text: string): boolean {
	const n = text.length;
	if (n === 0) return true;
	if (n > longest && !isSpace(text.charCodeAt(0)) && !isSpace(text.charCodeAt(n - 1))) return false;
	return tokens.has(text.trim().toLowerCase());
}
