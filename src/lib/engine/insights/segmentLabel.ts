// How people see a segment: by number, 1 = the largest (the engine's labels are 0-based and already
// ordered by size), and by name. Every view, export, report, model file and the CLI go through these
// two functions, so a segment is called the same everywhere.

/** The number people see for the engine's 0-based `label`: 1 = largest. Noise (-1) has no number. */
export function segmentNumber(label: number): number {
	if (label < 0) throw new Error(`label ${label} is noise, not a segment`);
	return label + 1;
}

/**
 * The display name of `label`: the analyst's name when it is not blank, else the generated name,
 * else "Segment N". "Noise" for -1.
 */
export function segmentDisplayName(label: number, analystName?: string | null, generatedName?: string | null): string {
	if (label < 0) return 'Noise';
	const own = analystName?.trim();
	if (own) return own;
	const generated = generatedName?.trim();
	return generated ? generated : `Segment ${segmentNumber(label)}`;
}

/**
 * "Segment N: name" for headings, tooltips and table rows that show both; just "Segment N" when the
 * display name is that already, "Noise" for -1.
 */
export function segmentTitle(label: number, analystName?: string | null, generatedName?: string | null): string {
	if (label < 0) return 'Noise';
	const numbered = `Segment ${segmentNumber(label)}`;
	const name = segmentDisplayName(label, analystName, generatedName);
	return name === numbered ? numbered : `${numbered}: ${name}`;
}
