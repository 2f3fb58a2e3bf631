// The meanings the Data step offers, in the words an analyst would use, with what each one changes.
import type { ColumnMeaning } from '$lib/engine/table';

export const meaningLabels: { value: ColumnMeaning; label: string; hint: string }[] = [
	{ value: 'spend', label: 'Spend', hint: 'Money spent or owed' },
	{ value: 'count', label: 'Count', hint: 'A count or frequency of activity' },
	{ value: 'recency', label: 'Recency', hint: 'Days since the last activity' },
	{ value: 'tenure', label: 'Tenure', hint: 'How long someone has been a customer' },
	{ value: 'demographic', label: 'Demographic', hint: 'Who the customer is (age, income, household)' },
	{ value: 'score', label: 'Score', hint: 'A score or rating on a fixed scale; never clipped as an outlier' },
	{ value: 'flag', label: 'Flag (0/1)', hint: 'A yes/no indicator; never clipped as an outlier' },
	{ value: 'outcome', label: 'Outcome', hint: 'What happened afterwards; a label to predict, not a feature' },
	{ value: 'code', label: 'Code', hint: 'A category written as numbers; one-hot encoded, not a feature by default' },
	{ value: 'index', label: 'Row index', hint: 'A row number; an ID, not a feature' },
	{ value: 'identifier', label: 'Identifier', hint: 'A key naming one customer' },
	{ value: 'date', label: 'Date', hint: 'A date; can become a days-since feature on the Prepare page' },
	{ value: 'category', label: 'Category', hint: 'Text categories' },
	{ value: 'measure', label: 'Measure', hint: 'Any other number' },
	{ value: 'text', label: 'Free text', hint: 'Free text; not a feature' }
];
