// The role a column gets on import or after a type or meaning change, before the user says otherwise.
import type { Column, ColumnMeaning, ColumnRole, ColumnType } from '../table';
import { assertNever } from '../assert';
import { inferMeaning } from './meaning';

/** The role a meaning implies, or null when the type decides (see defaultRole). */
function roleOfMeaning(meaning: ColumnMeaning): ColumnRole | null {
	switch (meaning) {
		case 'outcome':
			// What a model would predict: kept out of the segments, offered as a Classify target.
			return 'label';
		case 'index':
		case 'identifier':
			return 'id';
		case 'code':
		case 'date':
		case 'text':
			// Codes are categories written as numbers and dates need a derived feature (days since):
			// as raw numbers they would mislead the clustering, so the analyst opts in.
			return 'ignore';
		case 'spend':
		case 'count':
		case 'recency':
		case 'tenure':
		case 'demographic':
		case 'score':
		case 'flag':
		case 'category':
		case 'measure':
			return null;
		default:
			return assertNever(meaning);
	}
}

/**
 * The role a column starts with: features for numbers and small categoricals, id for identifiers;
 * a meaning, when given, overrides that (outcome -> label, index/identifier -> id, code/date -> ignore).
 */
export function defaultRole(type: ColumnType, distinct = 0, meaning?: ColumnMeaning): ColumnRole {
	const byMeaning = meaning ? roleOfMeaning(meaning) : null;
	if (byMeaning) return byMeaning;
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

/** The column with `meaning` (default: inferred from its name and values) and the role it implies. */
export function withMeaning<C extends Column>(column: C, meaning: ColumnMeaning = inferMeaning(column)): C {
	const distinct = column.type === 'numeric' ? 0 : column.dictionary.length;
	return { ...column, meaning, role: defaultRole(column.type, distinct, meaning) };
}
