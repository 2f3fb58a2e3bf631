// Pipeline export: a model as a runnable Python script, for scikit-learn or for Dask.
import type { SegmentModel } from '../../model/types';
import { daskScript } from './dask';
import { sklearnScript } from './sklearn';

export { PipelineExportError } from './modelValues';
export { daskScript } from './dask';
export { sklearnScript } from './sklearn';

export type PipelineTarget = 'sklearn' | 'dask';
export const pipelineTargets: readonly PipelineTarget[] = ['sklearn', 'dask'];

/** The script for `target`; throws PipelineExportError for a model it cannot express. */
export function pipelineScript(model: SegmentModel, target: PipelineTarget): string {
	return target === 'sklearn' ? sklearnScript(model) : daskScript(model);
}
