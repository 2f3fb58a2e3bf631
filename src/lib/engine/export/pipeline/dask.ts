// The Dask script: scores files far larger than memory partition by partition on a dask.distributed
// cluster (a LocalCluster by default, or `--scheduler tcp://host:8786`), applying the same fitted
// Pipeline with map_partitions; `--refit --max-iter N` first re-fits k-means on the whole data with
// Lloyd steps from the app's centres, each step summing per-centre sums and counts over partitions.
// The output is a directory of CSV parts, or one file when OUTPUT ends in .csv.
import type { SegmentModel } from '../../model/types';
import { modelValues } from './modelValues';
import { pythonPipeline } from './pythonPipeline';
import { pythonReaders } from './pythonReaders';
import { scriptHeader } from './scriptHeader';

const main = String.raw`
def centre_sums(X, centres):
    """Per-centre sums of the rows nearest to it, their counts and squared distances, for one partition."""
    labels, distance = nearest_centre(X, centres)
    k, d = centres.shape
    sums = np.zeros((k, d))
    for j in range(d):
        sums[:, j] = np.bincount(labels, weights=X[:, j], minlength=k)
    return sums, np.bincount(labels, minlength=k), float(distance.sum())


def lloyd(client, matrices, centres, max_iter, tol):
    """Lloyd steps over the partitions' prepared matrices (delayed) from the given centres.
    A centre no row is nearest to stays where it is."""
    iterations = 0
    for _ in range(max_iter):
        parts = client.gather(client.compute([dask.delayed(centre_sums)(m, centres) for m in matrices]))
        sums = sum(p[0] for p in parts)
        counts = sum(p[1] for p in parts)
        moved = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], centres)
        shift = float(((moved - centres) ** 2).sum())
        centres = moved
        iterations += 1
        print(json.dumps({"iteration": iterations, "inertia_before_step": sum(p[2] for p in parts), "shift": shift}), file=sys.stderr)
        if shift <= tol:
            break
    parts = client.gather(client.compute([dask.delayed(centre_sums)(m, centres) for m in matrices]))
    return centres, iterations, sum(p[2] for p in parts), sum(p[1] for p in parts)


def main():
    parser = argparse.ArgumentParser(description="Label every row of CSV files with the Segment Lab model of " + repr(DATASET) + " on a Dask cluster.")
    parser.add_argument("input", help="CSV (or .tsv) file, or a glob such as 'data/*.csv'")
    parser.add_argument("output", help="directory for the labelled CSV parts, or one file when it ends in .csv")
    parser.add_argument("--scheduler", default=None, help="address of a running scheduler (tcp://host:8786); default: a LocalCluster")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    parser.add_argument("--threads-per-worker", type=int, default=1, help="LocalCluster threads per worker (default 1)")
    parser.add_argument("--blocksize", default="64MB", help="bytes per partition (default 64MB)")
    parser.add_argument("--refit", action="store_true", help="re-fit k-means on all rows from the model's centres, then label")
    parser.add_argument("--max-iter", type=int, default=20, help="most Lloyd steps with --refit (default 20)")
    parser.add_argument("--tol", type=float, default=0.0, help="stop when the centres move less than this in total squared distance (default 0)")
    parser.add_argument("--persist", action="store_true", help="keep the prepared features in the workers' memory between Lloyd steps")
    parser.add_argument("--sep", default=None, help="field separator (default: tab for .tsv/.tab files, else comma)")
    args = parser.parse_args()
    sep = args.sep or ("\t" if args.input.lower().endswith((".tsv", ".tab")) else ",")
    warnings.filterwarnings("ignore", category=UserWarning, module="sklearn")
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=args.threads_per_worker,
                                     processes=True, dashboard_address=None))
    try:
        run(client, args, sep)
    finally:
        client.close()


def run(client, args, sep):
    started = time.perf_counter()
    frame = dd.read_csv(args.input, sep=sep, dtype=str, keep_default_na=False, na_filter=False,
                        blocksize=args.blocksize, encoding="utf-8-sig")
    columns = resolve_columns(list(frame.columns))
    pipeline = build_pipeline()
    summary = {"input": args.input, "output": args.output, "partitions": frame.npartitions, "refit": args.refit}
    centres = CENTRES
    if args.refit:
        if CLASSIFIER is not None:
            raise SystemExit("error: --refit re-fits k-means from the model's centres, but this model assigns with a "
                             + CLASSIFIER["kind"] + " classifier; score without --refit, or export the nearest-centre model")
        matrices = [dask.delayed(lambda part: prepare_rows(part, columns, pipeline)[0])(p) for p in frame.to_delayed()]
        if args.persist:
            matrices = client.persist(matrices)
        centres, iterations, inertia, counts = lloyd(client, matrices, CENTRES, args.max_iter, args.tol)
        summary.update(iterations=iterations, inertia=inertia, segments=[int(c) for c in counts],
                       refit_seconds=round(time.perf_counter() - started, 3))

    def score_partition(part):
        X, kept, reasons = prepare_rows(part, columns, pipeline)
        return labelled(part, kept, reasons, assign(X, centres))

    labelled_frame = frame.map_partitions(score_partition, meta=score_partition(frame._meta))
    writing = time.perf_counter()
    if args.output.lower().endswith(".csv"):
        labelled_frame.to_csv(args.output, single_file=True, index=False)
    else:
        os.makedirs(args.output, exist_ok=True)
        labelled_frame.to_csv(os.path.join(args.output, "part-*.csv"), index=False,
                              name_function=lambda i: "%05d" % i)
    summary.update(score_seconds=round(time.perf_counter() - writing, 3), seconds=round(time.perf_counter() - started, 3))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
`;

/** The Dask script for `model`. Throws PipelineExportError for what it cannot express. */
export function daskScript(model: SegmentModel): string {
	const imports = [
		'import argparse',
		'import json',
		'import math',
		'import os',
		'import re',
		'import sys',
		'import time',
		'import warnings',
		'',
		'import dask',
		'import dask.dataframe as dd',
		'import numpy as np',
		'import pandas as pd',
		'from dask.distributed import Client, LocalCluster',
		'from sklearn.base import BaseEstimator, TransformerMixin',
		'from sklearn.compose import ColumnTransformer',
		'from sklearn.impute import SimpleImputer',
		'from sklearn.pipeline import Pipeline',
		'from sklearn.preprocessing import FunctionTransformer, OneHotEncoder'
	];
	const usage = [
		'Usage: python3 SCRIPT INPUT.csv OUT_DIR [--scheduler tcp://host:8786] [--refit --max-iter N] [--blocksize 64MB]',
		'Needs Python 3.8+, numpy, pandas >= 1.1, scikit-learn >= 1.1, dask and distributed (2022.x or later).',
		'Every worker needs the same packages; the script ships its own functions to them.'
	];
	return [scriptHeader(model, 'Dask', usage), imports.join('\n'), '', modelValues(model), pythonReaders, pythonPipeline, main].join('\n');
}
