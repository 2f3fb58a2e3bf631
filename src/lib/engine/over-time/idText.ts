// Ids are matched as text, the same way however a file typed them: "1001" read as a number in one
// snapshot and as text in the next ("1001.0", " 1001") must still name the same customer.
import { cellText, type Column } from '../table';

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The id in `row` as matching text; '' when missing. Numeric-looking text is written as the number. */
export function idText(column: Column, row: number): string {
	const text = cellText(column, row).trim();
	return column.type === 'numeric' ? text : normaliseId(text);
}

/** Typed or read text as a matching id: trimmed, numeric-looking text written as the number ('' stays ''). */
export function normaliseId(text: string): string {
	const trimmed = text.trim();
	return trimmed !== '' && numberPattern.test(trimmed) && Number.isFinite(Number(trimmed)) ? String(Number(trimmed)) : trimmed;
}
