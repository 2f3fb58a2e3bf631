// The clustering API the worker and the UI use.
export type { Algorithm, ClusterResult, MergeTree, MixtureModel } from './types';
export { gmm, type GmmOptions, type GmmResult } from './gmm';
export { gmmSweep, type GmmSweepOptions, type GmmSweepResult, type GmmSweepRow } from './gmmSweep';
export { mixtureResponsibilities } from './gmmScore';
export { kmeans, type KMeansOptions } from './kmeans';
export { miniBatchKMeans, MINIBATCH_THRESHOLD, type MiniBatchKMeansOptions } from './miniBatchKMeans';
export { sweep, sweepSteps, isSweepRow, EVIDENCE_SAMPLE_SIZE, type SweepOptions, type SweepResult, type SweepRow, type SweepStep, type SweepEvidence } from './sweep';
export { recommendK, criterionPicks, type Confidence, type Criterion, type Recommendation } from './recommend';
export { gapStatistic, gapSteps, gapPick, type GapOptions, type GapResult } from './gap';
export { stability, stabilitySteps, stabilityPick, type StabilityOptions, type StabilityResult } from './stability';
export { kneedle, type KneedleOptions } from './kneedle';
export { suggestEps, type EpsSuggestion, type SuggestEpsOptions } from './suggestEps';
export { dbscan, type DbscanOptions } from './dbscan';
export { hierarchical, cutTree, HIERARCHICAL_MAX_ROWS, type HierarchicalOptions } from './hierarchical';
export { lloydPartial, reducePartials, updateCentres, type LloydPartial } from './lloyd';
export { gaussianBlobs, randomCentres } from './blobs';
