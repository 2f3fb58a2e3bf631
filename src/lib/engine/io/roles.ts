// The role a column gets on import or after a type change, before the user says otherwise.
import type { ColumnRole, ColumnType } from '../table';
import { assertNever } from '../assert';

/** The role a column starts with: features for numbers and small categoricals, id for identifiers. */
export function defaultRole(type: ColumnType, distinct = 0): ColumnRole {
	switch (type) {
		case 'numeric':
			return 'feature';
		case 'identifier':
			return 'id';
		case 'categorical':
			return distinct <= 20 ? 'feature' : 'ignore';
		case 'datetime':
		case 'text':
			return 'ignore';
		default:
			return assertNever(type);
	}
}
