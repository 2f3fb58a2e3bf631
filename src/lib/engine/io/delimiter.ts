// Line break and delimiter of a delimited text file, judged from its first lines. The delimiter is
// the candidate that splits the header into more than one field and keeps the most rows at the
// header's field count, tokenised by Papa Parse so quoted delimiters do not count.
import Papa from 'papaparse';

/**
 * Delimiters tried. On a tie the earlier one wins: the characters least likely to appear inside
 * values come first, since a tie means every row holds as many of each.
 */
export const delimiterCandidates = ['\t', '|', ';', ','] as const;

/** Rows looked at to choose the delimiter. */
const previewRows = 100;

export type Newline = '\r\n' | '\n' | '\r';

/** The first line break outside quotes is taken as the file's: '\r\n', '\n' or '\r'. */
export function detectNewline(sample: string): Newline {
	let quoted = false;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if (c === 34) quoted = !quoted;
		else if (!quoted && c === 10) return '\n';
		else if (!quoted && c === 13) return sample.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
	}
	return '\n';
}

/** The sample up to its last complete line, unless it is the whole text. */
export function completeLines(sample: string, newline: string, whole: boolean): string {
	if (whole) return sample;
	const end = sample.lastIndexOf(newline);
	return end > 0 ? sample.slice(0, end) : sample;
}

function fieldCounts(sample: string, delimiter: string, newline: Newline): number[] {
	const { data } = Papa.parse<string[]>(sample, { delimiter, newline, preview: previewRows, quoteChar: '"' });
	return data.filter((row) => row.length > 1 || row[0].trim() !== '').map((row) => row.length);
}

/**
 * The delimiter of `sample` (complete lines); ',' when no candidate splits the header. Among equally
 * consistent candidates the file's own kind wins (`preferred`, e.g. tab for .tsv), then the one
 * giving more fields (a TSV whose cells hold commas splits consistently on both), then the order
 * of `delimiterCandidates`.
 */
export function detectDelimiter(sample: string, newline: Newline, preferred?: string): string {
	let best: { delimiter: string; score: number; fields: number } = { delimiter: ',', score: 0, fields: 0 };
	for (const delimiter of delimiterCandidates) {
		const counts = fieldCounts(sample, delimiter, newline);
		if (counts.length === 0 || counts[0] < 2) continue;
		const score = counts.filter((n) => n === counts[0]).length / counts.length;
		const better =
			score > best.score ||
			(score === best.score && best.delimiter !== preferred && (delimiter === preferred || counts[0] > best.fields));
		if (better) best = { delimiter, score, fields: counts[0] };
	}
	return best.delimiter;
}

/** Cells of the sample's data rows (header left out), for decimal-comma detection. */
export function sampleCells(sample: string, delimiter: string, newline: Newline): string[] {
	const { data } = Papa.parse<string[]>(sample, { delimiter, newline, preview: 200, quoteChar: '"' });
	return data.slice(1).flat();
}
