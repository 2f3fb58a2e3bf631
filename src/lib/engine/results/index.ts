// Finished runs: assembling, scoring and serialising them.
export type { RunMetrics, RunResult, RunTimings } from './types';
export { buildRunResult, type BuildRunResultInput } from './buildRunResult';
export { runMetrics, type RunMetricsOptions } from './runMetrics';
export { originalColumns } from './originalColumns';
export { runCluster, runSegmentation, type ClusterSpec } from './runSegmentation';
export { runResultFromJson, runResultToJson, type RunResultJson } from './json';
export { runSegmentNames } from './segmentNames';
