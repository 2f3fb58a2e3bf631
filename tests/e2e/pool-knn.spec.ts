// Scoring a 60,000-row file with a KNN model (Classify, "Score a file"): the engine worker splits the
// neighbour search over its shard pool (scoreTablePooled), and the segment counts equal scoreTable's
// in one thread (in Node, on the same model and file). The file is generated: the Wholesale rows
// repeated with seeded jitter on the spend columns.
import { readFileSync, writeFileSync } from 'node:fs';
import { importBlob } from '../../src/lib/engine/io/import';
import { columnTrainingSet, evaluateClassifiers, modelFromTraining, scoreTable } from '../../src/lib/engine/model';
import { wholesaleTable } from '../../src/lib/engine/prep/testing';
import { createRandom } from '../../src/lib/engine/random';
import { expect, fixture, openApp, test } from './fixtures';

const rows = 60_000;
const spend = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];

function knnModel() {
	const recipe = { version: 1 as const, features: spend.map((column) => ({ column, impute: 'median' as const })), scaler: 'standard' as const };
	const table = wholesaleTable();
	const set = columnTrainingSet(table, recipe, 'Channel');
	const evaluation = evaluateClassifiers(set.X, set.y, 2, { ks: [5] });
	return modelFromTraining({ set, table, dataset: { name: 'Wholesale', rows: 440 }, kind: 'knn', evaluation: evaluation.knn });
}

function generatedCsv(): string {
	const lines = readFileSync(fixture('data/wholesale-customers.csv'), 'utf8').trim().split(/\r?\n/);
	const random = createRandom(2026);
	const out = [lines[0]];
	for (let i = 0; i < rows; i++) {
		const cells = lines[1 + (i % (lines.length - 1))].split(',');
		out.push(cells.map((c, j) => (j >= 2 ? String(Math.round(Number(c) * (0.5 + random.next()))) : c)).join(','));
	}
	return out.join('\n') + '\n';
}

test('scoring 60,000 rows with a KNN model on the shard pool gives the single-thread counts', async ({ page }, testInfo) => {
	test.setTimeout(180_000);
	const model = knnModel();
	const csv = generatedCsv();
	const { table } = await importBlob(new Blob([csv]), { fileName: 'score-60k.csv' });
	const expected = scoreTable(model, table);
	const modelPath = testInfo.outputPath('knn-model.json');
	writeFileSync(modelPath, JSON.stringify(model));
	const csvPath = testInfo.outputPath('score-60k.csv');
	writeFileSync(csvPath, csv);

	await openApp(page, 'classify/');
	await page.getByText('Import model JSON').locator('input[type="file"]').setInputFiles(modelPath);
	await expect(page.getByTestId('model-summary')).toContainText('assigned by');
	await page.getByLabel('File to score').setInputFiles(csvPath);
	const summary = page.getByTestId('scored-summary');
	await expect(summary).toContainText('60,000 of 60,000 rows of “score-60k.csv” labelled', { timeout: 120_000 });
	const counts = page.getByRole('table', { name: 'Rows per segment' });
	for (const segment of model.segments) {
		await expect(counts.getByRole('row', { name: `${segment.name} ${expected.counts[segment.label].toLocaleString('en-US')}`, exact: true })).toBeVisible();
	}
});
