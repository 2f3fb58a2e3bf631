// inferMeaning on the headers and value patterns of the real tables users reported (credit-card
// usage, marketing campaign, mall customers), UCI Wholesale and Online Retail. The columns are small
// synthetic look-alikes: the header as in the file, values with the same pattern.
import { describe, expect, test } from 'vitest';
import type { Column, ColumnMeaning, ColumnType } from '../table';
import { dictionaryFromTexts } from './dictionary';
import { inferMeaning, meaningOf } from './meaning';

const rows = 60;

/** A numeric column of `rows` values cycling through `pattern`. */
function numbers(name: string, pattern: number[]): Column {
	return { name, type: 'numeric', role: 'feature', values: Float64Array.from({ length: rows }, (_, i) => pattern[i % pattern.length]) };
}

function texts(name: string, type: Exclude<ColumnType, 'numeric'>, pattern: string[]): Column {
	return { name, type, role: 'feature', ...dictionaryFromTexts(rows, (i) => pattern[i % pattern.length]) };
}

const money = [40.9, 3202.47, 2495.15, 1666.67, 817.71, 1809.83, 627.26, 1823.65, 1014.93, 152.23];
const shares = [0.818182, 0.909091, 1, 0.636364, 0.545455, 0.166667, 0];
const smallCounts = [2, 0, 12, 1, 3, 8, 22, 7, 4, 15, 5, 9, 11];
const years = [1957, 1954, 1965, 1984, 1981, 1967, 1971, 1985, 1974, 1950];
const mostlyTwelve = [12, 12, 12, 12, 12, 12, 12, 12, 11, 6, 12, 8, 12];
const zeroOne = [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0];
const rowNumbers = Array.from({ length: rows }, (_, i) => i + 1);

const cases: [table: string, column: Column, meaning: ColumnMeaning][] = [
	// Credit-card usage (cc-general.csv)
	['credit card', texts('CUST_ID', 'identifier', Array.from({ length: rows }, (_, i) => `C${10001 + i}`)), 'identifier'],
	['credit card', numbers('BALANCE', money), 'spend'],
	['credit card', numbers('BALANCE_FREQUENCY', shares), 'count'],
	['credit card', numbers('PURCHASES', money), 'spend'],
	['credit card', numbers('ONEOFF_PURCHASES', money), 'spend'],
	['credit card', numbers('INSTALLMENTS_PURCHASES', money), 'spend'],
	['credit card', numbers('CASH_ADVANCE', money), 'spend'],
	['credit card', numbers('PURCHASES_FREQUENCY', shares), 'count'],
	['credit card', numbers('ONEOFF_PURCHASES_FREQUENCY', shares), 'count'],
	['credit card', numbers('PURCHASES_INSTALLMENTS_FREQUENCY', shares), 'count'],
	['credit card', numbers('CASH_ADVANCE_FREQUENCY', shares), 'count'],
	['credit card', numbers('CASH_ADVANCE_TRX', smallCounts), 'count'],
	['credit card', numbers('PURCHASES_TRX', smallCounts), 'count'],
	['credit card', numbers('CREDIT_LIMIT', [1000, 7000, 7500, 1200, 1800, 8000]), 'spend'],
	['credit card', numbers('PAYMENTS', money), 'spend'],
	['credit card', numbers('MINIMUM_PAYMENTS', money), 'spend'],
	['credit card', numbers('PRC_FULL_PAYMENT', [0, 0.222222, 0, 0, 0, 0, 0, 0.25, 1]), 'measure'],
	['credit card', numbers('TENURE', mostlyTwelve), 'tenure'],
	// Marketing campaign (marketing-campaign.csv)
	['marketing', texts('ID', 'identifier', Array.from({ length: rows }, (_, i) => String(5524 + 7 * i))), 'identifier'],
	['marketing', numbers('Year_Birth', years), 'demographic'],
	['marketing', texts('Education', 'categorical', ['Graduation', 'PhD', 'Master', 'Basic', '2n Cycle']), 'demographic'],
	['marketing', texts('Marital_Status', 'categorical', ['Single', 'Together', 'Married', 'Divorced']), 'demographic'],
	['marketing', numbers('Income', [58138, 46344, 71613, 26646, 58293, 62513]), 'demographic'],
	['marketing', numbers('Kidhome', [0, 1, 0, 1, 1, 0, 2, 0]), 'demographic'],
	['marketing', numbers('Teenhome', [0, 1, 0, 0, 0, 1, 1, 2]), 'demographic'],
	['marketing', texts('Dt_Customer', 'datetime', ['04-09-2012', '08-03-2014', '21-08-2013', '10-02-2014']), 'date'],
	['marketing', numbers('Recency', [58, 38, 26, 26, 94, 16, 34, 32, 19, 68]), 'recency'],
	['marketing', numbers('MntWines', [635, 11, 426, 11, 173, 520, 235]), 'spend'],
	['marketing', numbers('MntFruits', [88, 1, 49, 4, 43, 42, 65]), 'spend'],
	['marketing', numbers('MntMeatProducts', [546, 6, 127, 20, 118, 98, 164]), 'spend'],
	['marketing', numbers('MntFishProducts', [172, 2, 111, 10, 46, 0, 50]), 'spend'],
	['marketing', numbers('MntSweetProducts', [88, 1, 21, 3, 27, 42, 49]), 'spend'],
	['marketing', numbers('MntGoldProds', [88, 6, 42, 5, 15, 14, 27]), 'spend'],
	['marketing', numbers('NumDealsPurchases', [3, 2, 1, 2, 5, 2, 4]), 'count'],
	['marketing', numbers('NumWebPurchases', [8, 1, 8, 2, 5, 6, 7]), 'count'],
	['marketing', numbers('NumCatalogPurchases', [10, 1, 2, 0, 3, 4, 3]), 'count'],
	['marketing', numbers('NumStorePurchases', [4, 2, 10, 4, 6, 10, 7]), 'count'],
	['marketing', numbers('NumWebVisitsMonth', [7, 5, 4, 6, 5, 6, 6]), 'count'],
	...[3, 4, 5, 1, 2].map((k): [string, Column, ColumnMeaning] => ['marketing', numbers(`AcceptedCmp${k}`, zeroOne), 'outcome']),
	['marketing', numbers('Complain', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]), 'outcome'],
	['marketing', numbers('Z_CostContact', [3]), 'measure'],
	['marketing', numbers('Z_Revenue', [11]), 'measure'],
	['marketing', numbers('Response', zeroOne), 'outcome'],
	// Mall customers (mall-customers.csv)
	['mall', texts('CustomerID', 'identifier', rowNumbers.map(String)), 'identifier'],
	['mall', texts('Gender', 'categorical', ['Male', 'Female']), 'demographic'],
	['mall', numbers('Age', [19, 21, 20, 23, 31, 22, 35, 23, 64, 30]), 'demographic'],
	['mall', numbers('Annual Income (k$)', [15, 15, 16, 16, 17, 17, 18, 18, 19, 19]), 'demographic'],
	['mall', numbers('Spending Score (1-100)', [39, 81, 6, 77, 40, 76, 6, 94, 3, 72]), 'score'],
	// UCI Wholesale customers
	['wholesale', numbers('Channel', [2, 2, 2, 1, 2, 2, 2, 2, 1, 2]), 'code'],
	['wholesale', numbers('Region', [3, 3, 3, 3, 3, 1, 2, 3]), 'code'],
	...['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'].map((name): [string, Column, ColumnMeaning] => [
		'wholesale',
		numbers(name, [12669, 7057, 6353, 13265, 22615, 9413, 12126, 7579]),
		'spend'
	]),
	// UCI Online Retail transactions
	['online retail', texts('InvoiceNo', 'identifier', ['546306', '557055', '536365']), 'identifier'],
	['online retail', texts('StockCode', 'identifier', ['21733', '23203', '85123A']), 'identifier'],
	['online retail', texts('Description', 'text', ['RED HANGING HEART T-LIGHT HOLDER', 'JUMBO BAG DOILEY PATTERNS']), 'text'],
	['online retail', numbers('Quantity', [2, 20, 6, 12, 1, 24, 3]), 'count'],
	['online retail', texts('InvoiceDate', 'datetime', ['2011-03-10 16:16:00', '2011-06-16 14:45:00']), 'date'],
	['online retail', numbers('UnitPrice', [2.95, 2.08, 0.85, 4.25, 1.65]), 'measure'],
	['online retail', texts('Country', 'categorical', ['United Kingdom', 'Germany', 'France']), 'category'],
	// The RFM customer table Segment Lab builds from transactions
	['rfm', numbers('recency', [12, 300, 45, 2, 88, 160]), 'recency'],
	['rfm', numbers('frequency', [1, 4, 2, 11, 1, 3]), 'count'],
	['rfm', numbers('monetary', money), 'spend'],
	['rfm', numbers('tenure_days', [400, 12, 350, 90, 365]), 'tenure'],
	['rfm', numbers('mean_order_value', money), 'spend'],
	['rfm', numbers('clv', money), 'spend'],
	...['R', 'F', 'M'].map((name): [string, Column, ColumnMeaning] => ['rfm', numbers(name, [1, 2, 3, 4, 5]), 'score']),
	// Row numbers written by R, pandas and readr, and a header-less first column
	['row index', numbers('column_1', rowNumbers), 'index'],
	['row index', numbers('Unnamed: 0', rowNumbers.map((i) => i - 1)), 'index'],
	['row index', numbers('X', rowNumbers), 'index'],
	['row index', numbers('...1', rowNumbers), 'index'],
	['row index', numbers('index', rowNumbers.map((i) => 2 * i)), 'index'],
	['row index', numbers('row', rowNumbers), 'index']
];

describe('inferMeaning', () => {
	const named = cases.map(([table, column, meaning]) => [`${table} ${column.name}`, meaning, column] as const);
	test.each(named)('inferMeaning(%s) is %s', (_label, meaning, column) => {
		expect(inferMeaning(column)).toBe(meaning);
	});

	test('inferMeaning calls a 0/1 column without an outcome name a flag', () => {
		expect(inferMeaning(numbers('Online', zeroOne))).toBe('flag');
	});

	test('inferMeaning calls a few repeated integers with no telling name a code, but not in a tiny table', () => {
		expect(inferMeaning(numbers('Segment_A', [1, 2, 3, 4]))).toBe('code');
		expect(inferMeaning(numbers('v', [1, 2, 3, 4]))).toBe('code');
		const tiny: Column = { name: 'v', type: 'numeric', role: 'feature', values: Float64Array.from([1, 2, 3, 4, 5, 1]) };
		expect(inferMeaning(tiny)).toBe('measure');
	});

	test('inferMeaning does not call an x column of other values an index', () => {
		expect(inferMeaning(numbers('X', [3.5, 1.2, 7.7, 0.4]))).toBe('measure');
		const increasing: Column = { name: 'x', type: 'numeric', role: 'feature', values: Float64Array.from([0, 1, 2, 3, 100, 101, 102, 103]) };
		expect(inferMeaning(increasing)).toBe('measure');
	});

	test('inferMeaning calls a Yes/No churn column an outcome, and integers kept as text a code', () => {
		expect(inferMeaning(texts('Churn', 'categorical', ['Yes', 'No', 'No']))).toBe('outcome');
		expect(inferMeaning(texts('Channel', 'categorical', ['1', '2']))).toBe('code');
	});
});

describe('meaningOf', () => {
	test('meaningOf returns the stored meaning over the inferred one', () => {
		expect(meaningOf({ ...numbers('Channel', [1, 2]), meaning: 'count' })).toBe('count');
		expect(meaningOf(numbers('Channel', [1, 2]))).toBe('code');
	});
});
