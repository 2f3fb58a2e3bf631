# Reference side of bench/cliVsPandas.ts: the same job as `segment-lab cluster FILE --k K --json OUT`
# in pandas + scikit-learn: read the CSV, standard-scale the numeric columns (the CLI's default),
# KMeans(n_clusters=K, n_init=10, random_state=42), the three scores the CLI's JSON carries (silhouette
# on a seeded 10,000-row sample as the CLI's, Davies-Bouldin, Calinski-Harabasz), write them with
# inertia, sizes and centres as JSON.
# Usage: /usr/bin/python3 bench/pandasKMeans.py FILE K OUT.json
import json
import sys

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score
from sklearn.preprocessing import StandardScaler

path, k, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
frame = pd.read_csv(path)
X = StandardScaler().fit_transform(frame.select_dtypes("number").to_numpy(dtype=np.float64))
model = KMeans(n_clusters=k, n_init=10, random_state=42).fit(X)
sizes = np.bincount(model.labels_, minlength=k)
scores = {
    "silhouette": float(silhouette_score(X, model.labels_, sample_size=min(10_000, X.shape[0]), random_state=42)),
    "daviesBouldin": float(davies_bouldin_score(X, model.labels_)),
    "calinskiHarabasz": float(calinski_harabasz_score(X, model.labels_)),
}
with open(out, "w") as f:
    json.dump({"n": int(X.shape[0]), "k": k, "inertia": float(model.inertia_), "sizes": sorted(sizes.tolist(), reverse=True), "centroids": model.cluster_centers_.tolist(), "iterations": int(model.n_iter_), **scores}, f)
