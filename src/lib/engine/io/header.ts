// Column names from a header row: trimmed, never blank (a blank 4th name becomes `column_4`) and
// unique (a second `score` becomes `score_2`), each change reported.
import type { WarningLog } from './warnings';

/**
 * The first `${base}_k` (k >= 2) not in `taken`. `next` remembers where each base's search stopped,
 * so a name repeated n times costs O(n) in all rather than O(n²): a header line of a million `x`s
 * must not keep the worker busy for minutes.
 */
function freeSuffix(base: string, taken: Set<string>, next: Map<string, number>): string {
	let k = next.get(base) ?? 2;
	while (taken.has(`${base}_${k}`)) k++;
	next.set(base, k + 1);
	return `${base}_${k}`;
}

export function uniqueHeaders(raw: readonly string[], warnings?: WarningLog): string[] {
	const trimmed = raw.map((name) => name.trim());
	const taken = new Set(trimmed.filter((name) => name !== ''));
	// Names met so far, each with the next suffix to try for its repeats. Generated names never
	// equal a raw name (all raw names are taken from the start), so only raw names need recording.
	const repeats = new Map<string, number>();
	const blanks = new Map<string, number>();
	return trimmed.map((name, i) => {
		let result = name;
		if (name === '') {
			result = `column_${i + 1}`;
			if (taken.has(result)) result = freeSuffix(result, taken, blanks);
			warnings?.add({ kind: 'header', column: result, message: `Column ${i + 1} has no name; it was named "${result}".` });
		} else if (repeats.has(name)) {
			result = freeSuffix(name, taken, repeats);
			warnings?.add({ kind: 'header', column: result, message: `The name "${name}" is used twice; column ${i + 1} was renamed "${result}".` });
		} else {
			repeats.set(name, 2);
		}
		taken.add(result);
		return result;
	});
}
