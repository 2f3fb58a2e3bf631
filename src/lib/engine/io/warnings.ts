// Import warnings: a capped list per kind plus the total per kind, so a file with a million bad
// cells reports the first hundred precisely and the rest as a count.

export interface ImportWarning {
	/** What went wrong: 'encoding', 'header', 'ragged-row', 'unparsed-number', 'unparsed-date', 'retyped', ... */
	kind: string;
	message: string;
	/** 1-based data row (the header is not a row). */
	row?: number;
	/** 1-based line of the file, when known; differs from row + 1 after blank lines or quoted line breaks. */
	line?: number;
	column?: string;
	/** For summaries: how many occurrences this warning stands for. */
	count?: number;
}

export class WarningLog {
	private readonly listed: ImportWarning[] = [];
	private readonly totals = new Map<string, number>();
	private readonly summaries: ImportWarning[] = [];

	/** Keeps the first `cap` warnings of each kind. */
	constructor(private readonly cap = 100) {}

	add(warning: ImportWarning): void {
		const total = (this.totals.get(warning.kind) ?? 0) + 1;
		this.totals.set(warning.kind, total);
		if (total <= this.cap) this.listed.push(warning);
	}

	/** A warning that stands for many (a per-column total); never capped. */
	summarize(warning: ImportWarning): void {
		this.summaries.push(warning);
	}

	total(kind: string): number {
		return this.totals.get(kind) ?? 0;
	}

	/** Summaries first, then the listed warnings, then one line per kind that went past the cap. */
	list(): ImportWarning[] {
		const capped: ImportWarning[] = [];
		for (const [kind, total] of this.totals) {
			if (total > this.cap) {
				capped.push({ kind, count: total, message: `${total.toLocaleString('en-US')} warnings of this kind in all; the first ${this.cap} are listed.` });
			}
		}
		return [...this.summaries, ...this.listed, ...capped];
	}
}
