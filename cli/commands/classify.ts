// segment-lab classify FILE --target COLUMN: how well KNN or Gaussian Naive Bayes predicts a column
// from the prepared features, by stratified k-fold cross-validation without shuffling (as
// scikit-learn's StratifiedKFold), with the out-of-fold confusion matrix.
import { crossValidate } from '../../src/lib/engine/classify/crossValidate';
import { fitKnn } from '../../src/lib/engine/classify/knn';
import { fitGaussianNb } from '../../src/lib/engine/classify/naiveBayes';
import type { FitClassifier } from '../../src/lib/engine/classify/classifier';
import { confusionMatrix, macroF1 } from '../../src/lib/engine/metrics/classification';
import { choiceValue, intValue, requiredString, stringValue, type Values } from '../args';
import type { Command } from '../command';
import { engineStep, InputError } from '../errors';
import { toJson, writeOutput, type CliIo } from '../io';
import { labelsOfRows, readLabels } from '../labels';
import { prepareFromArgs, sharedHelp } from '../prepareFromArgs';
import { readTable } from '../read';
import { formatPairs, formatTable } from '../table';

const help = `Usage: segment-lab classify FILE --target COLUMN [options]

Cross-validates a classifier that predicts COLUMN from the prepared features (COLUMN itself is
never a feature): stratified k-fold without shuffling, so the folds are those of scikit-learn's
StratifiedKFold. Accuracy is the mean of the fold accuracies; macro F1 and the confusion matrix
(rows = true class, columns = predicted) pool the out-of-fold predictions.

  --target COLUMN              the column to predict (required); rows without a value are left out
  --model knn|naive-bayes      default knn (Euclidean, uniform votes)
  --knn-k K                    neighbours that vote; default 5
  --folds F                    cross-validation folds; default 5
  --json OUT.json              write { accuracy, macroF1, classes, confusion, ... } instead of
                               printing ("-" = stdout)

${sharedHelp}`;

const models = ['knn', 'naive-bayes'] as const;

export interface ClassifySummary {
	n: number;
	features: string[];
	target: string;
	model: (typeof models)[number];
	knnK: number | null;
	folds: number;
	/** Mean accuracy over the folds. */
	accuracy: number;
	foldAccuracies: number[];
	macroF1: number;
	/** Class values as text, in the order of the confusion matrix. */
	classes: string[];
	/** confusion[i][j] = rows of class i predicted as class j. */
	confusion: number[][];
}

async function run(io: CliIo, file: string, values: Values): Promise<void> {
	const target = requiredString(values, 'target');
	const model = choiceValue(values, 'model', models, 'knn');
	const knnK = intValue(values, 'knn-k', 5, 1);
	const folds = intValue(values, 'folds', 5, 2);
	const json = stringValue(values, 'json');
	const labels = readLabels(io, await readTable(io, file), target, 'target');
	const { prepared } = prepareFromArgs(io, labels.loaded, values, [target]);
	const y = labelsOfRows(labels, prepared.rowIndex);
	if (new Set(y).size < 2) throw new InputError(`column "${target}" of "${file}" has only one class; nothing to predict`);
	const fit: FitClassifier = model === 'knn' ? (X, yy) => fitKnn(X, yy, { k: knnK }) : (X, yy) => fitGaussianNb(X, yy);
	const cv = engineStep(file, () => crossValidate(prepared.X, y, fit, { folds }));
	const classCodes = labels.names.map((_, c) => c);
	const summary: ClassifySummary = {
		n: y.length,
		features: prepared.featureNames,
		target,
		model,
		knnK: model === 'knn' ? knnK : null,
		folds,
		accuracy: cv.meanAccuracy,
		foldAccuracies: cv.folds.map((f) => f.accuracy),
		macroF1: macroF1(y, cv.predicted, classCodes),
		classes: labels.names,
		confusion: confusionMatrix(y, cv.predicted, classCodes).counts
	};
	if (json !== undefined) writeOutput(io, json, toJson(summary), 'classification');
	else io.stdout(formatClassify(file, summary));
}

function formatClassify(file: string, s: ClassifySummary): string {
	const head = formatPairs([
		['file', file],
		['rows', s.n],
		['features', s.features.join(', ')],
		['target', s.target],
		['model', s.model === 'knn' ? `knn (k = ${s.knnK})` : 'Gaussian naive Bayes'],
		['folds', `${s.folds} (stratified, not shuffled)`],
		['accuracy', s.accuracy],
		['macro F1', s.macroF1]
	]);
	const rows = s.confusion.map((counts, i) => [s.classes[i], ...counts]);
	const table = formatTable(['true \\ predicted', ...s.classes], rows);
	return `${head}\nConfusion matrix (out-of-fold predictions):\n${table}`;
}

export const classify: Command = {
	name: 'classify',
	summary: 'cross-validated KNN or naive Bayes predicting a column',
	help,
	options: {
		target: { type: 'string' },
		model: { type: 'string' },
		'knn-k': { type: 'string' },
		folds: { type: 'string' },
		json: { type: 'string' }
	},
	shared: true,
	run
};
