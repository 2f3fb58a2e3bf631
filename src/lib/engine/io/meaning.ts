// What a column means to the business (see ColumnMeaning in ../table.ts), guessed from its name and
// its values. Names decide first because they carry intent a value pattern cannot: Kidhome holds
// 0/1/2 like a code but counts children, TENURE holds 6..12 but is a duration. Value patterns then
// catch what names miss: 0/1 indicators, a few integer codes, R's row numbers.
import type { Column, ColumnMeaning, DictionaryColumn, NumericColumn } from '../table';
import { nameWords } from './nameWords';

/** Meanings whose numbers are labels or sit on a fixed scale: no outlier rules or log1p for them. */
export const unmeasuredMeanings: readonly ColumnMeaning[] = ['flag', 'code', 'score', 'outcome', 'index', 'identifier'];

/** True for meanings whose numbers are labels or fixed-scale scores (see unmeasuredMeanings). */
export function isUnmeasured(meaning: ColumnMeaning | undefined): boolean {
	return meaning !== undefined && unmeasuredMeanings.includes(meaning);
}

/** The column's meaning: the one stored (set on import or by the analyst), else inferred now. */
export function meaningOf(column: Column): ColumnMeaning {
	return column.meaning ?? inferMeaning(column);
}

// Word lists over nameWords() output (lower case). Checked in the order of `nameRules`: a share
// before money (PRC_FULL_PAYMENT), a score before spend (Spending Score), counts before spend
// (PURCHASES_FREQUENCY, NumWebPurchases) so the bare money words come last.
const outcomeWords = [
	'response', 'responded', 'accepted', 'accept', 'complain', 'complained', 'complaint', 'churn', 'churned',
	'converted', 'conversion', 'outcome', 'target', 'label', 'exited', 'attrition', 'attrited', 'defaulted', 'subscribed'
];
const shareWords = ['prc', 'pct', 'percent', 'percentage', 'share', 'ratio', 'rate', 'proportion'];
const scoreWords = ['score', 'rating', 'rated', 'satisfaction', 'nps', 'stars', 'grade'];
const tenureWords = ['tenure', 'seniority', 'book', 'membership', 'loyalty'];
const recencyWords = ['recency', 'recent', 'since', 'last'];
const demographicWords = [
	'age', 'income', 'birth', 'born', 'kidhome', 'teenhome', 'kids', 'kid', 'children', 'child', 'teens', 'household',
	'family', 'dependents', 'dependent', 'education', 'marital', 'gender', 'sex', 'salary', 'occupation'
];
const countWords = [
	'num', 'count', 'cnt', 'frequency', 'freq', 'trx', 'transactions', 'visits', 'quantity', 'qty', 'orders', 'times', 'items', 'n'
];
const spendWords = [
	'mnt', 'amount', 'amt', 'spend', 'spent', 'spending', 'purchases', 'purchase', 'balance', 'payments', 'payment', 'credit',
	'limit', 'cash', 'advance', 'revenue', 'monetary', 'sales', 'profit', 'fee', 'fees', 'charges', 'bill', 'usd', 'eur', 'gbp',
	// Wholesale's annual spend per product family.
	'fresh', 'milk', 'grocery', 'frozen', 'detergents', 'delicassen', 'delicatessen', 'wines', 'fruits', 'meat', 'fish',
	'sweet', 'gold', 'prods', 'products',
	// Money per customer in RFM tables (mean_order_value, clv).
	'value', 'aov', 'clv', 'ltv'
];
const codeWords = [
	'channel', 'region', 'segment', 'cluster', 'class', 'type', 'group', 'category', 'code', 'zone', 'area', 'tier',
	'status', 'level', 'branch', 'store', 'country', 'state', 'city'
];
/** Names pandas and R give a row-number column ("Unnamed: 0", "rownames"): any increasing integers. */
const indexNames = /^(unnamed: ?\d+|index|idx|row|rownames|row_names|row\.names|rowid|row_id|rownum|)$/i;
/**
 * Names that are row numbers only when the values are exactly 1..n or 0..n-1 in order: R's
 * write.csv ("X"), readr ("...1") and Segment Lab's name for a blank first header ("column_1").
 */
const maybeIndexNames = /^(x|x1|\.\.\.\d+|column_1)$/i;

const nameRules: [ColumnMeaning, readonly string[]][] = [
	['measure', shareWords],
	['score', scoreWords],
	['tenure', tenureWords],
	['recency', recencyWords],
	['demographic', demographicWords],
	['count', countWords],
	['spend', spendWords]
];

function hasWord(words: readonly string[], list: readonly string[]): boolean {
	return words.some((w) => list.includes(w));
}

/** The meaning a numeric name alone gives, or null. */
function meaningFromName(words: readonly string[]): ColumnMeaning | null {
	for (const [meaning, list] of nameRules) if (hasWord(words, list)) return meaning;
	return null;
}

/** Up to `cap` + 1 distinct non-missing values, whether all are integers, and the non-missing count. */
function numericShape(values: Float64Array, cap: number) {
	const distinct = new Set<number>();
	let integers = true;
	let present = 0;
	for (const v of values) {
		if (Number.isNaN(v)) continue;
		present++;
		if (!Number.isInteger(v)) integers = false;
		if (distinct.size <= cap) distinct.add(v);
	}
	return { distinct, integers, present };
}

/** True for a row-number column: an index-like name over increasing integers, or a maybe-index name over exactly 1..n or 0..n-1. */
function isRowNumbers(name: string, values: Float64Array): boolean {
	const strong = indexNames.test(name.trim());
	if (!strong && !maybeIndexNames.test(name.trim())) return false;
	const n = values.length;
	const first = values[0];
	if (n < 2 || (!strong && !(n >= 10 && (first === 0 || first === 1)))) return false;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		if (!Number.isInteger(v)) return false;
		if (strong ? i > 0 && v <= values[i - 1] : v !== first + i) return false;
	}
	return true;
}

/** RFM quintile scores as Segment Lab and most RFM write-ups name them: R, F, M, R_score, RFM_Score. */
const rfmScoreName = /^(r|f|m|rfm)([ _]?score)?$/i;

function numericMeaning(column: NumericColumn, words: readonly string[]): ColumnMeaning {
	const outcomeName = hasWord(words, outcomeWords);
	const shape = numericShape(column.values, 30);
	const { distinct, integers, present } = shape;
	if (present === 0) return 'measure';
	if (isRowNumbers(column.name, column.values)) return 'index';
	const zeroOne = [...distinct].every((v) => v === 0 || v === 1);
	if (outcomeName && (zeroOne || (integers && distinct.size <= 10))) return 'outcome';
	if (distinct.size === 1) return 'measure';
	if (rfmScoreName.test(column.name.trim())) return 'score';
	const named = meaningFromName(words);
	if (named) return named;
	if (zeroOne) return 'flag';
	const smallCodes = integers && [...distinct].every((v) => v >= 0 && v <= 100);
	if (smallCodes && hasWord(words, codeWords) && distinct.size <= 30) return 'code';
	// A few integers with no telling name are more often codes than measurements, but only when
	// the rows repeat them enough to tell (a 12-row test table of 1..5 is not a code book).
	if (smallCodes && distinct.size <= 10 && distinct.size * 3 <= present) return 'code';
	return 'measure';
}

const integerText = /^\s*-?\d+\s*$/;

function dictionaryMeaning(column: DictionaryColumn, words: readonly string[]): ColumnMeaning {
	switch (column.type) {
		case 'datetime':
			return 'date';
		case 'identifier':
			return 'identifier';
		case 'text':
			return 'text';
		case 'categorical':
			if (hasWord(words, outcomeWords) && column.dictionary.length <= 10) return 'outcome';
			if (hasWord(words, demographicWords)) return 'demographic';
			// Integers kept as text (a code converted to categories, or read with leading zeros).
			if (column.dictionary.length > 0 && column.dictionary.length <= 30 && column.dictionary.every((t) => integerText.test(t))) {
				return 'code';
			}
			return 'category';
	}
}

/**
 * The meaning a column's name and values suggest, ignoring any stored `meaning`:
 * dates, identifiers and free text follow the type; categoricals are outcomes (Churn: Yes/No),
 * demographics (Gender) or categories; numbers are row indexes ("Unnamed: 0", "X" = 1..n), outcomes
 * (Response, AcceptedCmp1), then whatever the name says (share, score, tenure, recency,
 * demographic, count, spend), then 0/1 flags, integer codes (Channel 1/2) and other measures.
 * A constant column is a measure whatever its name.
 */
export function inferMeaning(column: Column): ColumnMeaning {
	const words = nameWords(column.name);
	return column.type === 'numeric' ? numericMeaning(column, words) : dictionaryMeaning(column, words);
}
