// Column names from a header row: trimmed, never blank (a blank 4th name becomes `column_4`) and
// unique (a second `score` becomes `score_2`), each change reported.
import type { WarningLog } from './warnings';

export function uniqueHeaders(raw: readonly string[], warnings?: WarningLog): string[] {
	const trimmed = raw.map((name) => name.trim());
	const taken = new Set(trimmed.filter((name) => name !== ''));
	const seen = new Set<string>();
	return trimmed.map((name, i) => {
		let result = name;
		if (name === '') {
			result = `column_${i + 1}`;
			for (let k = 2; taken.has(result); k++) result = `column_${i + 1}_${k}`;
			warnings?.add({ kind: 'header', column: result, message: `Column ${i + 1} has no name; it was named "${result}".` });
		} else if (seen.has(name)) {
			for (let k = 2; taken.has(result) || seen.has(result); k++) result = `${name}_${k}`;
			warnings?.add({ kind: 'header', column: result, message: `The name "${name}" is used twice; column ${i + 1} was renamed "${result}".` });
		}
		seen.add(result);
		taken.add(result);
		return result;
	});
}
