// The scikit-learn script: `python3 script.py INPUT.csv OUTPUT.csv [--refit]` labels every row of
// INPUT as the app does (the fitted recipe as a Pipeline, then the model), reading the file in
// chunks so it need not fit in memory; --refit first re-fits k-means on INPUT with scikit-learn's
// KMeans started from the app's centres (n_init=1) and labels by the re-fitted centres.
import type { SegmentModel } from '../../model/types';
import { modelValues } from './modelValues';
import { pythonPipeline } from './pythonPipeline';
import { pythonReaders } from './pythonReaders';
import { scriptHeader } from './scriptHeader';

const main = String.raw`
def read_chunks(path, sep, chunk_rows):
    return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, na_filter=False,
                       encoding="utf-8-sig", chunksize=chunk_rows)


def main():
    parser = argparse.ArgumentParser(description="Label every row of a CSV file with the Segment Lab model of " + repr(DATASET) + ".")
    parser.add_argument("input", help="CSV (or .tsv) file with the model's input columns")
    parser.add_argument("output", help="where the labelled CSV goes")
    parser.add_argument("--refit", action="store_true", help="re-fit k-means on INPUT from the model's centres, then label")
    parser.add_argument("--max-iter", type=int, default=300, help="most k-means iterations with --refit (default 300)")
    parser.add_argument("--tol", type=float, default=0.0, help="KMeans tol with --refit (default 0: until the labels stop changing)")
    parser.add_argument("--sep", default=None, help="field separator (default: tab for .tsv/.tab files, else comma)")
    parser.add_argument("--chunk-rows", type=int, default=200000, help="rows read at a time (default 200000)")
    args = parser.parse_args()
    sep = args.sep or ("\t" if args.input.lower().endswith((".tsv", ".tab")) else ",")
    warnings.filterwarnings("ignore", category=UserWarning, module="sklearn")
    pipeline = build_pipeline()
    started = time.perf_counter()
    columns = resolve_columns(list(pd.read_csv(args.input, sep=sep, dtype=str, nrows=0, encoding="utf-8-sig").columns))
    centres = CENTRES
    summary = {"input": args.input, "output": args.output, "refit": args.refit}
    if args.refit:
        if CLASSIFIER is not None:
            raise SystemExit("error: --refit re-fits k-means from the model's centres, but this model assigns with a "
                             + CLASSIFIER["kind"] + " classifier; score without --refit, or export the nearest-centre model")
        X = np.vstack([prepare_rows(chunk, columns, pipeline)[0] for chunk in read_chunks(args.input, sep, args.chunk_rows)])
        if len(X) < len(CENTRES):
            raise SystemExit("error: %d rows can be prepared, fewer than the %d centres to re-fit" % (len(X), len(CENTRES)))
        kmeans = KMeans(n_clusters=len(CENTRES), init=CENTRES, n_init=1, max_iter=args.max_iter, tol=args.tol,
                        algorithm="lloyd").fit(X)
        centres = kmeans.cluster_centers_
        summary.update(iterations=int(kmeans.n_iter_), sklearn_inertia=float(kmeans.inertia_))
    rows, inertia = 0, 0.0
    counts = np.zeros(max(len(SEGMENT_NAMES), 1), dtype=np.int64)
    for i, chunk in enumerate(read_chunks(args.input, sep, args.chunk_rows)):
        X, kept, reasons = prepare_rows(chunk, columns, pipeline)
        if CLASSIFIER is None:
            labels, distance = nearest_centre(X, centres)
            inertia += float(distance.sum())
        else:
            labels = assign(X)
        counts += np.bincount(labels, minlength=len(counts))[:len(counts)]
        labelled(chunk, kept, reasons, labels).to_csv(args.output, mode="w" if i == 0 else "a", header=i == 0, index=False)
        rows += len(chunk)
    summary.update(rows=rows, scored=int(counts.sum()), segments=[int(c) for c in counts],
                   seconds=round(time.perf_counter() - started, 3))
    if CLASSIFIER is None:
        summary["inertia"] = inertia
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
`;

/** The scikit-learn script for `model`. Throws PipelineExportError for what it cannot express. */
export function sklearnScript(model: SegmentModel): string {
	const imports = [
		'import argparse',
		'import json',
		'import math',
		'import re',
		'import time',
		'import warnings',
		'',
		'import numpy as np',
		'import pandas as pd',
		'from sklearn.base import BaseEstimator, TransformerMixin',
		'from sklearn.cluster import KMeans',
		'from sklearn.compose import ColumnTransformer',
		'from sklearn.impute import SimpleImputer',
		'from sklearn.pipeline import Pipeline',
		'from sklearn.preprocessing import FunctionTransformer, OneHotEncoder'
	];
	const usage = [
		'Usage: python3 SCRIPT INPUT.csv OUTPUT.csv [--refit [--max-iter N]] [--sep ";"]',
		'Needs Python 3.8+, numpy, pandas >= 1.1 and scikit-learn >= 1.1.'
	];
	return [scriptHeader(model, 'scikit-learn', usage), imports.join('\n'), '', modelValues(model), pythonReaders, pythonPipeline, main].join('\n');
}
