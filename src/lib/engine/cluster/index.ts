// The clustering API the worker and the UI use.
export type { Algorithm, ClusterResult, MergeTree } from './types';
export { kmeans, type KMeansOptions } from './kmeans';
export { miniBatchKMeans, MINIBATCH_THRESHOLD, type MiniBatchKMeansOptions } from './miniBatchKMeans';
export { sweep, sweepSteps, type SweepOptions, type SweepResult, type SweepRow } from './sweep';
export { recommendK } from './recommend';
export { kneedle, type KneedleOptions } from './kneedle';
export { suggestEps, type EpsSuggestion, type SuggestEpsOptions } from './suggestEps';
export { dbscan, type DbscanOptions } from './dbscan';
export { hierarchical, cutTree, HIERARCHICAL_MAX_ROWS, type HierarchicalOptions } from './hierarchical';
export { lloydPartial, reducePartials, updateCentres, type LloydPartial } from './lloyd';
export { gaussianBlobs, randomCentres } from './blobs';
