// Downloads of who is new, who left and how everyone moved: one line per customer with the
// segment before and after (numbers as people see them, 1 = largest; empty where there is none).
// Cells go through escapeCell, so an id like "=cmd" reaches a spreadsheet as text.
import { segmentDisplayName, segmentNumber } from '../insights/segmentLabel';
import { escapeCell } from '../io/export';
import type { Labelling } from './migration';

export type MovementList = 'new' | 'left' | 'all';

/**
 * CSV of `which` customers between two labellings: id, segment_before, name_before, segment_after,
 * name_after. 'new' = only in `after`, 'left' = only in `before`, 'all' = everyone in either.
 * Assumes ids are unique in each (migration() checks that).
 */
export function movementCsv(before: Labelling, after: Labelling, which: MovementList, idColumn: string, names: readonly string[]): string {
	const afterOf = new Map<string, number>();
	after.ids.forEach((id, i) => afterOf.set(id, after.labels[i]));
	const beforeOf = new Map<string, number>();
	before.ids.forEach((id, i) => beforeOf.set(id, before.labels[i]));
	const cells = (label: number | undefined) => (label === undefined ? ['', ''] : [String(segmentNumber(label)), segmentDisplayName(label, names[label])]);
	const lines = [[idColumn, 'segment_before', 'name_before', 'segment_after', 'name_after'].map((c) => escapeCell(c)).join(',')];
	const line = (id: string) => [id, ...cells(beforeOf.get(id)), ...cells(afterOf.get(id))].map((c) => escapeCell(c)).join(',');
	if (which !== 'new') for (const id of before.ids) if (which === 'all' || !afterOf.has(id)) lines.push(line(id));
	if (which !== 'left') for (const id of after.ids) if (!beforeOf.has(id)) lines.push(line(id));
	return lines.join('\r\n') + '\r\n';
}
