// Models that carry customers: a KNN classifier keeps every training row (n x d numbers) so it can
// search them, which a file or link meant to be "a model without the data" must not do silently.
// Nearest centroid and Naive Bayes keep only per-segment summaries.
import type { SegmentModel } from './types';

/** Training customers the model file holds row by row (0 for nearest centroid and Naive Bayes). */
export function trainingRowCount(model: Pick<SegmentModel, 'classifier'>): number {
	return model.classifier?.kind === 'knn' ? model.classifier.rows : 0;
}

/**
 * The same segments assigned by their nearest centre instead of a classifier that holds rows: the
 * centroids are each segment's mean (run centres, or class means for a trained model), so no
 * customer's own values remain. Scores measured for the dropped classifier go with it.
 */
export function withoutTrainingRows(model: SegmentModel): SegmentModel {
	if (trainingRowCount(model) === 0) return model;
	const { metrics: _metrics, ...rest } = model;
	return { ...rest, classifier: null };
}

/** The model a download writes: without training rows unless the user explicitly chose to include them. */
export function exportedModel(model: SegmentModel, options: { includeTrainingRows?: boolean } = {}): SegmentModel {
	return options.includeTrainingRows ? model : withoutTrainingRows(model);
}
