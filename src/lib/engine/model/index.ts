// Segment models: build, save, read back, share by link and score new rows with them.
export { modelSchema, modelVersion } from './types';
export type { InputColumnSpec, ModelClassifier, ModelSegment, ModelTarget, SegmentModel } from './types';
export { buildModel, classCentroids, classifierJson, modelFromRun, type BuildModelInput, type ModelFromRunInput } from './build';
export { modelFromTraining, type ModelFromTrainingInput } from './fromTraining';
export { describeInputs } from './inputColumns';
export { ModelError, parseModel } from './parse';
export { modelAssigner, nearestCentroid, type Assigner, type Assignment } from './assign';
export { scoreTable, type ScoredTable } from './score';
export { tableForModel } from './coerce';
export { predictOne, rowTable, type InputValues, type Prediction } from './predict';
export { decodeShare, encodeShare, maxInflatedBytes, maxShareChars, readShareFragment, shareLink } from './share';
export { exportedModel, trainingRowCount, withoutTrainingRows } from './rowFree';
export { labelledCsv, labelledCsvChunks, segmentSummaryCsv, uniqueName, type RowSegments } from './labelledCsv';
export { capTrainingSet, columnTrainingSet, maxClasses, segmentTrainingSet, type TrainingSet } from './trainingSet';
export { evaluateClassifiers, type ClassifierKind, type EvaluationOptions, type ModelEvaluation } from './evaluate';
export { appendRow } from './appendRow';
export { neighbourSearch, type Neighbour, type NeighbourSearch } from './neighbours';
