# Reference side of bench/kernels.ts: scikit-learn's Lloyd per-iteration time on the same rows and
# initial centres. Reads {"cases": [{"d", "k", "rows", "x", "c"}], "threads": [...], "iterations": m}
# on stdin (x, c: files of float64 values, rows x d and k x d) and prints, per case and thread count,
# (time of a fit with 1 + m iterations - time with 1) / m, so fixed costs (validation, norms, the final
# labels) cancel out. Run with /usr/bin/python3 (sklearn 1.2.1, threadpoolctl).
import json
import sys
import time
import warnings

import numpy as np
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits

warnings.filterwarnings("ignore")
request = json.load(sys.stdin)
m = request["iterations"]
out = []


def fit_seconds(X, C, iterations):
    best = float("inf")
    runs = 0
    for _ in range(2):
        model = KMeans(n_clusters=C.shape[0], init=C, n_init=1, max_iter=iterations, tol=0, algorithm="lloyd")
        start = time.perf_counter()
        model.fit(X)
        best = min(best, time.perf_counter() - start)
        runs = model.n_iter_
    return best, runs


for case in request["cases"]:
    d, k, rows = case["d"], case["k"], case["rows"]
    X = np.fromfile(case["x"], dtype=np.float64).reshape(rows, d)
    C = np.fromfile(case["c"], dtype=np.float64).reshape(k, d)
    result = {"d": d, "k": k}
    for threads in request["threads"]:
        with threadpool_limits(threads):
            one, _ = fit_seconds(X, C, 1)
            many, iterations = fit_seconds(X, C, 1 + m)
        result[f"threads{threads}"] = {"msPerIteration": 1000 * (many - one) / max(1, iterations - 1), "iterations": iterations}
    out.append(result)
print(json.dumps({"sklearn": __import__("sklearn").__version__, "results": out}))
