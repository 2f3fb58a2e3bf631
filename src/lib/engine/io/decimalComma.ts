// Whether a file writes decimals with a comma ('3,5', '1.234,56'), judged from sample cells.
// Unambiguous evidence decides: '3,5' or '1.234,56' for commas, '3.5' or '1,234.5' for points.
// '1,234' and '1.234' could be either (a decimal or a thousands group) and only tip the balance
// when nothing else does.

const commaDecimal = /^[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+),\d+$/;
const commaAmbiguous = /^[+-]?\d{1,3},\d{3}$/;
const pointDecimal = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)\.\d+$/;
const pointAmbiguous = /^[+-]?\d{1,3}\.\d{3}$/;

/** True when the cells use decimal commas more than decimal points. */
export function usesDecimalComma(cells: readonly string[]): boolean {
	let comma = 0;
	let point = 0;
	let ambiguousComma = 0;
	for (const cell of cells) {
		const t = cell.trim();
		if (t.length === 0 || t.length > 30) continue;
		if (commaAmbiguous.test(t)) ambiguousComma++;
		else if (commaDecimal.test(t)) comma++;
		else if (pointAmbiguous.test(t)) continue;
		else if (pointDecimal.test(t)) point++;
	}
	return comma > point || (comma === 0 && point === 0 && ambiguousComma > 0);
}
