// segment-lab export-pipeline MODEL.json --to sklearn|dask [--out FILE]: the model saved from the
// app as a runnable Python script (the recipe with its fitted values, then the model), for
// scikit-learn on one machine or Dask on a cluster. The same generators as the app's Export page.
import { pipelineScript, pipelineTargets, PipelineExportError, type PipelineTarget } from '../../src/lib/engine/export/pipeline';
import { stringValue, type Values } from '../args';
import type { Command } from '../command';
import { InputError, UsageError } from '../errors';
import { writeOutput, type CliIo } from '../io';
import { readModel } from './scoreModel';

const help = `Usage: segment-lab export-pipeline MODEL.json --to sklearn|dask [--out FILE.py]

Writes a model saved from Segment Lab (Export, "Download model JSON") as a Python script that
prepares rows with the model's fitted recipe (fills, outlier bounds, log1p, categories, scaler)
and assigns each to its segment as the app does (segment 1 = the largest).

  --to sklearn   a scikit-learn Pipeline: python3 FILE.py INPUT.csv OUTPUT.csv [--refit]
                 (--refit re-fits KMeans on INPUT from the model's centres, n_init=1)
  --to dask      dask.dataframe + dask.distributed, partition by partition, for files larger
                 than memory: python3 FILE.py INPUT.csv OUT_DIR [--scheduler tcp://host:8786]
                 [--refit --max-iter N] (a LocalCluster when no scheduler is given)
  --out FILE.py  where the script goes; default "-" = stdout

The scripts need numpy, pandas, scikit-learn (and dask, distributed for --to dask).`;

async function run(io: CliIo, file: string, values: Values): Promise<void> {
	const to = stringValue(values, 'to');
	if (to === undefined) throw new UsageError(`--to is missing; choose ${pipelineTargets.join(' or ')}`);
	if (!(pipelineTargets as readonly string[]).includes(to)) throw new UsageError(`--to ${to} is not a target; choose ${pipelineTargets.join(' or ')}`);
	const model = readModel(io, file);
	let script: string;
	try {
		script = pipelineScript(model, to as PipelineTarget);
	} catch (error) {
		if (error instanceof PipelineExportError) throw new InputError(`"${file}" cannot be exported: ${error.message}`);
		throw error;
	}
	writeOutput(io, stringValue(values, 'out') ?? '-', script, `the ${to === 'sklearn' ? 'scikit-learn' : 'Dask'} pipeline`);
}

export const exportPipeline: Command = {
	name: 'export-pipeline',
	summary: 'write a saved model as a scikit-learn or Dask Python script',
	help,
	options: { to: { type: 'string' }, out: { type: 'string' } },
	shared: false,
	positionals: ['MODEL.json'],
	run
};
