// The generated scripts run with /usr/bin/python3 on the app's samples and test tables: every row
// must get the segment number the app gives it (the run's labelled CSV and scoreTable alike).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../../../tests/helpers/fixtures';
import { fitGaussianNb } from '../../classify/naiveBayes';
import { fitKnn } from '../../classify/knn';
import { importText } from '../../io/import';
import { toCsv } from '../../io/export';
import { classifierJson, modelFromRun } from '../../model/build';
import { scoreTable } from '../../model/score';
import type { ModelClassifier, SegmentModel } from '../../model/types';
import { prepare } from '../../prep/prepare';
import type { Recipe } from '../../prep/recipe';
import { buildCustomerTable } from '../../prep/rfm';
import { runSegmentation } from '../../results/runSegmentation';
import type { Table } from '../../table';
import { appNumbers, checkPython, pythonSkip, runPython, scratchDir, segmentNumbers, writeScripts } from './testing';

const spends = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];

interface Case {
	title: string;
	file: string;
	text: string;
	recipe: Recipe;
	k: number;
	classifier?: 'naive-bayes' | 'knn';
}

function table(c: Case): Table {
	return importText(c.text, { fileName: c.file }).table;
}

/** The card-usage look-alike with missing cells written as the files write them: blank, NA, ?. */
function cardUsageWithGaps(): string {
	const lines = readFixture('data/cc-like.csv').trimEnd().split(/\r?\n/);
	const header = lines[0].split(',');
	const blank = (row: string[], name: string, token: string) => (row[header.indexOf(name)] = token);
	return [
		lines[0],
		...lines.slice(1).map((line, i) => {
			const row = line.split(',');
			if (i % 7 === 3) blank(row, 'MINIMUM_PAYMENTS', '');
			if (i % 11 === 5) blank(row, 'CREDIT_LIMIT', 'NA');
			if (i % 13 === 2) blank(row, 'BALANCE', '?');
			if (i % 17 === 1) blank(row, 'PAYMENTS', 'n/a');
			if (i % 19 === 4) blank(row, 'TENURE', '');
			return row.join(',');
		})
	].join('\n');
}

function onlineRetailCustomers(): string {
	const transactions = importText(readFixture('data/online-retail-20k.csv'), { fileName: 'online-retail-20k.csv' }).table;
	const { table: customers } = buildCustomerTable(transactions, { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', quantity: 'Quantity', price: 'UnitPrice' });
	return toCsv(customers);
}

const wholesale = readFixture('data/wholesale-customers.csv');
const cases: Case[] = [
	{
		title: 'wholesale: codes one-hot, log1p, standard scaler',
		file: 'wholesale-customers.csv',
		text: wholesale,
		recipe: { version: 1, scaler: 'standard', features: [{ column: 'Channel' }, { column: 'Region' }, ...spends.map((column) => ({ column, impute: 'median' as const, log1p: true }))] },
		k: 4
	},
	{
		title: 'wholesale: IQR clipping, Region capped at 2 columns (other), minmax scaler',
		file: 'wholesale-customers.csv',
		text: wholesale,
		recipe: {
			version: 1,
			scaler: 'minmax',
			features: [{ column: 'Region', oneHot: { maxCategories: 2 } }, ...spends.map((column) => ({ column, outliers: { method: 'iqr' as const, threshold: 1.5, action: 'clip' as const } }))]
		},
		k: 3
	},
	{
		title: 'wholesale: z-score outliers dropped, log1p, robust scaler, Naive Bayes',
		file: 'wholesale-customers.csv',
		text: wholesale,
		recipe: {
			version: 1,
			scaler: 'robust',
			features: spends.map((column, i) => ({ column, log1p: true, ...(i < 2 ? { outliers: { method: 'zscore' as const, threshold: 2.5, action: 'drop' as const } } : {}) }))
		},
		k: 5,
		classifier: 'naive-bayes'
	},
	{
		title: 'wholesale: no scaling, KNN',
		file: 'wholesale-customers.csv',
		text: wholesale,
		recipe: { version: 1, scaler: 'none', features: [{ column: 'Channel' }, ...spends.map((column) => ({ column, log1p: true }))] },
		k: 3,
		classifier: 'knn'
	},
	{
		title: 'card usage with missing cells: median, mean, mode, constant and drop imputation',
		file: 'cc-gaps.csv',
		text: cardUsageWithGaps(),
		recipe: {
			version: 1,
			scaler: 'standard',
			features: [
				{ column: 'BALANCE', impute: 'median', log1p: true },
				{ column: 'PURCHASES', log1p: true },
				{ column: 'CASH_ADVANCE', log1p: true },
				{ column: 'CREDIT_LIMIT', impute: 'mean' },
				{ column: 'PAYMENTS', impute: { constant: 0 }, log1p: true },
				{ column: 'MINIMUM_PAYMENTS', impute: 'drop', outliers: { method: 'iqr', threshold: 1.5, action: 'clip' } },
				{ column: 'TENURE', impute: 'mode' },
				{ column: 'PRC_FULL_PAYMENT' }
			]
		},
		k: 4
	},
	{
		title: 'marketing: a date as days since, categories with other, drop when missing',
		file: 'marketing-like.tsv',
		text: readFixture('data/marketing-like.tsv'),
		recipe: {
			version: 1,
			scaler: 'standard',
			features: [
				{ column: 'Dt_Customer', impute: 'median' },
				{ column: 'Education', oneHot: { maxCategories: 3 } },
				{ column: 'Marital_Status', impute: 'mode' },
				{ column: 'Income', impute: 'drop', log1p: true },
				{ column: 'MntWines', log1p: true },
				{ column: 'Recency' }
			]
		},
		k: 3
	},
	{
		title: 'online retail transactions: a date and time as days since, Country capped with other',
		file: 'online-retail-20k.csv',
		text: readFixture('data/online-retail-20k.csv'),
		recipe: {
			version: 1,
			scaler: 'robust',
			features: [
				{ column: 'InvoiceDate', impute: 'median' },
				{ column: 'Quantity', outliers: { method: 'iqr', threshold: 3, action: 'clip' } },
				{ column: 'UnitPrice', log1p: true, outliers: { method: 'zscore', threshold: 4, action: 'drop' } },
				{ column: 'Country', oneHot: { maxCategories: 5 } }
			]
		},
		k: 4
	},
	{
		title: 'online retail: the RFM customer table (it has its own segment column)',
		file: 'online-retail-customers.csv',
		text: onlineRetailCustomers(),
		recipe: { version: 1, scaler: 'standard', features: ['recency', 'frequency', 'monetary'].map((column) => ({ column, log1p: true })) },
		k: 4
	}
];

function fit(c: Case, data: Table): { model: SegmentModel; runNumbers: number[] } {
	const run = runSegmentation(data, c.recipe, { algorithm: 'kmeans', k: c.k, seed: 7 });
	let classifier: ModelClassifier | null = null;
	if (c.classifier) {
		const { X } = prepare(data, c.recipe);
		classifier = classifierJson(c.classifier === 'knn' ? fitKnn(X, run.labels, { k: 5 }) : fitGaussianNb(X, run.labels));
	}
	const model = modelFromRun({ run, table: data, names: [], datasetName: c.title, classifier });
	const labels = new Int32Array(data.rowCount).fill(-1);
	run.rowIndex.forEach((row, i) => (labels[row] = run.labels[i]));
	return { model, runNumbers: appNumbers(labels) };
}

describe.skipIf(pythonSkip())('pipeline scripts label the app samples as the app does', () => {
	beforeAll(checkPython, 120_000);

	for (const c of cases) {
		it(`sklearnScript(model) and daskScript(model): ${c.title}`, () => {
			const data = table(c);
			const { model, runNumbers } = fit(c, data);
			const scored = appNumbers(scoreTable(model, data).labels);
			// k-means keeps the centres its labels were assigned to (as scikit-learn does), so the model's
			// nearest-centre labels are the run's own, also when the run stopped on the tolerance.
			if (!c.classifier) expect(scored).toEqual(runNumbers);
			const dir = scratchDir();
			const input = join(dir, c.file);
			writeFileSync(input, c.text);
			const scripts = writeScripts(model, dir);
			const sklearnOut = join(dir, 'sklearn.csv');
			runPython(scripts.sklearn, [input, sklearnOut]);
			expect(segmentNumbers(sklearnOut)).toEqual(scored);
			const daskOut = join(dir, 'dask.csv');
			runPython(scripts.dask, [input, daskOut, '--workers', '1']);
			expect(segmentNumbers(daskOut)).toEqual(scored);
		}, 300_000);
	}
});
