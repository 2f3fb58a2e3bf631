// Dictionary encoding of per-row texts: codes index the distinct strings in order of first
// appearance; missing tokens (see missing.ts) and undefined become -1.
import { isMissingToken } from './missing';

export function dictionaryFromTexts(rowCount: number, textOf: (row: number) => string | undefined): { codes: Int32Array; dictionary: string[] } {
	const codes = new Int32Array(rowCount);
	const dictionary: string[] = [];
	const index = new Map<string, number>();
	for (let row = 0; row < rowCount; row++) {
		const text = textOf(row);
		if (text === undefined || isMissingToken(text)) {
			codes[row] = -1;
			continue;
		}
		let code = index.get(text);
		if (code === undefined) {
			code = dictionary.length;
			index.set(text, code);
			dictionary.push(text);
		}
		codes[row] = code;
	}
	return { codes, dictionary };
}
