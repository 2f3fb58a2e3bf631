// A default segment name from the features that set it apart: "High Grocery, high Detergents_Paper,
// low Fresh". The analyst can rename segments; this only seeds the name.

export interface Distinction {
	feature: string;
	direction: 'high' | 'low' | 'typical';
}

/** Name from the first `count` distinctive features (already ordered by |z|); "Typical" when none. */
export function segmentName(distinctive: Distinction[], count = 3): string {
	const parts = distinctive
		.filter((d) => d.direction !== 'typical')
		.slice(0, count)
		.map((d) => `${d.direction} ${d.feature}`);
	if (!parts.length) return 'Typical';
	const text = parts.join(', ');
	return text[0].toUpperCase() + text.slice(1);
}

/** Make names unique by adding the segment label to repeats: "Typical", "Typical (segment 3)". */
export function uniqueNames(names: string[], labels: number[]): string[] {
	const seen = new Set<string>();
	return names.map((name, i) => {
		if (!seen.has(name)) {
			seen.add(name);
			return name;
		}
		return `${name} (segment ${labels[i]})`;
	});
}
