# Reference side of bench/kmeansVsSklearn.ts: reads {"sets": [{"name", "rows", "cols", "data"}],
# "ks": [...], "seeds": [...]} on stdin and prints, per set and k, scikit-learn KMeans(n_init=10)
# inertia for each random_state, and the seconds per fit. Run with /usr/bin/python3 (sklearn 1.2.1).
import json
import sys
import time

import numpy as np
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits

request = json.load(sys.stdin)
out = []
with threadpool_limits(1):
    for s in request["sets"]:
        X = np.asarray(s["data"], dtype=np.float64).reshape(s["rows"], s["cols"])
        for k in request["ks"]:
            inertias = []
            start = time.perf_counter()
            for seed in request["seeds"]:
                inertias.append(float(KMeans(n_clusters=k, n_init=10, random_state=seed).fit(X).inertia_))
            seconds = (time.perf_counter() - start) / len(request["seeds"])
            out.append({"set": s["name"], "k": k, "inertias": inertias, "seconds": seconds})
print(json.dumps({"sklearn": __import__("sklearn").__version__, "results": out}))
