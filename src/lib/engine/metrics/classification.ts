// Scores for predicted class labels, as scikit-learn's accuracy_score, confusion_matrix and
// precision_recall_fscore_support with zero_division = 0: a ratio whose denominator is 0 counts as 0.
// Labels are plain integers; there is no missing label (a noise label such as -1 is just a class).

/** Counts of (true, predicted) pairs: counts[i][j] = rows of true labels[i] predicted as labels[j]. */
export interface ConfusionMatrix {
	labels: Int32Array;
	counts: number[][];
}

export interface ClassScores {
	label: number;
	precision: number;
	recall: number;
	f1: number;
	/** Rows whose true label is this one. */
	support: number;
}

export interface ClassificationReport {
	accuracy: number;
	perClass: ClassScores[];
	macroPrecision: number;
	macroRecall: number;
	macroF1: number;
	/** F1 averaged with weights = support. */
	weightedF1: number;
	confusion: ConfusionMatrix;
}

/** Share of rows where the prediction equals the truth. */
export function accuracy(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
	checkPair(yTrue, yPred);
	let hits = 0;
	for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hits++;
	return hits / yTrue.length;
}

/**
 * Rows = true label, columns = predicted label, over `labels` (default: every label seen in either,
 * ascending). Pairs with a label outside `labels` are left out, as scikit-learn does.
 */
export function confusionMatrix(
	yTrue: ArrayLike<number>,
	yPred: ArrayLike<number>,
	labels?: ArrayLike<number>
): ConfusionMatrix {
	checkPair(yTrue, yPred);
	const chosen = labels ? Int32Array.from(labels) : seenLabels(yTrue, yPred);
	const position = new Map<number, number>();
	chosen.forEach((label, i) => {
		if (position.has(label)) throw new Error(`label ${label} is listed twice`);
		position.set(label, i);
	});
	const counts = Array.from({ length: chosen.length }, () => new Array<number>(chosen.length).fill(0));
	for (let i = 0; i < yTrue.length; i++) {
		const t = position.get(yTrue[i]);
		const p = position.get(yPred[i]);
		if (t !== undefined && p !== undefined) counts[t][p]++;
	}
	return { labels: chosen, counts };
}

/** Accuracy, per-class precision/recall/F1/support, their macro and weighted means, and the confusion matrix. */
export function classificationReport(
	yTrue: ArrayLike<number>,
	yPred: ArrayLike<number>,
	labels?: ArrayLike<number>
): ClassificationReport {
	const confusion = confusionMatrix(yTrue, yPred, labels);
	const { counts } = confusion;
	const perClass = Array.from(confusion.labels, (label, i): ClassScores => {
		const tp = counts[i][i];
		let predicted = 0;
		let support = 0;
		for (let j = 0; j < counts.length; j++) {
			predicted += counts[j][i];
			support += counts[i][j];
		}
		return {
			label,
			precision: ratio(tp, predicted),
			recall: ratio(tp, support),
			f1: ratio(2 * tp, predicted + support),
			support
		};
	});
	const mean = (pick: (s: ClassScores) => number) =>
		perClass.length ? perClass.reduce((sum, s) => sum + pick(s), 0) / perClass.length : 0;
	const totalSupport = perClass.reduce((sum, s) => sum + s.support, 0);
	return {
		accuracy: accuracy(yTrue, yPred),
		perClass,
		macroPrecision: mean((s) => s.precision),
		macroRecall: mean((s) => s.recall),
		macroF1: mean((s) => s.f1),
		weightedF1: ratio(
			perClass.reduce((sum, s) => sum + s.f1 * s.support, 0),
			totalSupport
		),
		confusion
	};
}

/** Unweighted mean of the per-class F1 scores. */
export function macroF1(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, labels?: ArrayLike<number>): number {
	return classificationReport(yTrue, yPred, labels).macroF1;
}

function ratio(numerator: number, denominator: number): number {
	return denominator === 0 ? 0 : numerator / denominator;
}

function seenLabels(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): Int32Array {
	const seen = new Set<number>();
	for (let i = 0; i < yTrue.length; i++) {
		seen.add(yTrue[i]);
		seen.add(yPred[i]);
	}
	return Int32Array.from(seen).sort();
}

function checkPair(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): void {
	if (yTrue.length !== yPred.length) {
		throw new Error(`${yTrue.length} true labels but ${yPred.length} predictions`);
	}
	if (yTrue.length === 0) throw new Error('no labels to score');
}
