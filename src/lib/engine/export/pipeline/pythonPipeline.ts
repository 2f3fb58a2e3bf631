// Python source (embedded in both generated scripts): the recipe as a scikit-learn Pipeline of a
// ColumnTransformer (per input: fill, clip, log1p, or fill, group, one-hot), a column selection into
// the model's feature order and the fitted scaler; then the model's assignment (nearest centre,
// Gaussian Naive Bayes, KNN) computed in the engine's order of operations, so ties and rounding
// fall as in the app; then the labelled rows. Mirrors prep/transform.ts, prep/scale.ts,
// model/assign.ts, classify/naiveBayes.ts, classify/knn.ts and model/labelledCsv.ts.
export const pythonPipeline = String.raw`
class FittedScaler(BaseEstimator, TransformerMixin):
    """(value - centre) / scale per feature with the app's fitted values (standard: mean and population
    std; minmax: minimum and range; robust: median and IQR; none: 0 and 1). Fitting learns nothing."""

    def __init__(self, centre=None, scale=None):
        self.centre = centre
        self.scale = scale

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return (np.asarray(X, dtype=float) - self.centre) / self.scale


def clip_values(X, lower, upper):
    return np.clip(np.asarray(X, dtype=float), lower, upper)


def group_categories(X, kept, other):
    """Known categories stay; any other value becomes the 'other' marker (or a value no column encodes)."""
    values = np.asarray(X, dtype=object).ravel()
    known = pd.Series(values).isin(kept).to_numpy()
    return np.where(known, values, other).reshape(-1, 1)


def select_columns(X, source):
    return np.asarray(X, dtype=float)[:, source]


def unused_marker(categories):
    """A text that is none of the categories (so 'other' never collides with a real category)."""
    marker = "\x00other"
    while marker in categories:
        marker += "\x00"
    return marker


def one_hot(categories):
    try:
        return OneHotEncoder(categories=[categories], handle_unknown="ignore", sparse_output=False, dtype=np.float64)
    except TypeError:  # scikit-learn < 1.2
        return OneHotEncoder(categories=[categories], handle_unknown="ignore", sparse=False, dtype=np.float64)


def input_steps(spec):
    """The steps of one input column, or 'drop' when it makes no feature."""
    steps = []
    if spec["kind"] == "numeric":
        if spec["fill"] is not None:
            steps.append(("fill", SimpleImputer(strategy="constant", fill_value=spec["fill"])))
        if spec["action"] == "clip":
            steps.append(("clip", FunctionTransformer(clip_values, kw_args={"lower": spec["lower"], "upper": spec["upper"]})))
        if spec["log1p"]:
            steps.append(("log1p", FunctionTransformer(np.log1p)))
        return Pipeline(steps) if steps else "passthrough"
    kept = list(spec["categories"])
    marker = unused_marker(kept)
    encoded = kept + ([marker] if spec["other"] else [])
    if not encoded:
        return "drop"
    if spec["fill"] is not None:
        steps.append(("fill", SimpleImputer(strategy="constant", fill_value=spec["fill"], missing_values=np.nan)))
    unknown = marker if spec["other"] else marker + "\x00unknown"
    steps.append(("group", FunctionTransformer(group_categories, kw_args={"kept": kept, "other": unknown})))
    steps.append(("one_hot", one_hot(encoded)))
    return Pipeline(steps)


def build_pipeline():
    """The fitted recipe as a scikit-learn Pipeline over read_inputs' columns; fitting it learns nothing."""
    parts = [("in%d" % t, input_steps(spec), ["in%d" % t]) for t, spec in enumerate(INPUTS)]
    pipeline = Pipeline([
        ("encode", ColumnTransformer(parts, remainder="drop", sparse_threshold=0)),
        ("select", FunctionTransformer(select_columns, kw_args={"source": FEATURE_SOURCE})),
        ("scale", FittedScaler(CENTRE, SCALE)),
    ])
    prototype = {}
    for t, spec in enumerate(INPUTS):
        if spec["kind"] == "numeric":
            prototype["in%d" % t] = np.array([0.0])
        else:
            prototype["in%d" % t] = np.array([spec["categories"][0] if spec["categories"] else "x"], dtype=object)
    return pipeline.fit(pd.DataFrame(prototype))


def prepare_rows(frame, columns, pipeline):
    """The scaled features of the rows the recipe takes, which rows those are, and why the others are not."""
    inputs = read_inputs(frame, columns)
    kept, reasons = row_checks(inputs)
    if not kept.any():
        return np.empty((0, len(FEATURES))), kept, reasons
    return pipeline.transform(inputs[kept]), kept, reasons


def nearest_centre(X, centres):
    """Label of the nearest centre (squared Euclidean, features summed in order; the first on ties) and that distance."""
    n = X.shape[0]
    best = np.zeros(n, dtype=np.int64)
    best_distance = np.full(n, np.inf)
    for c in range(centres.shape[0]):
        s = np.zeros(n)
        for j in range(X.shape[1]):
            diff = X[:, j] - centres[c, j]
            s += diff * diff
        closer = s < best_distance
        best[closer] = c
        best_distance[closer] = s[closer]
    return best, best_distance


def naive_bayes(X, model):
    """Gaussian Naive Bayes: the class with the largest joint log-likelihood (the first on ties)."""
    classes = np.array(model["classes"], dtype=np.int64)
    c, d = len(classes), X.shape[1]
    means = np.array(model["means"]).reshape(c, d)
    variances = np.array(model["variances"]).reshape(c, d)
    joint = np.empty((X.shape[0], c))
    for i in range(c):
        logs = 0.0
        for j in range(d):
            logs += math.log(2 * math.pi * variances[i, j])
        constant = math.log(model["priors"][i]) - 0.5 * logs
        s = np.zeros(X.shape[0])
        for j in range(d):
            diff = X[:, j] - means[i, j]
            s += diff * diff / variances[i, j]
        joint[:, i] = constant - 0.5 * s
    return classes[np.argmax(joint, axis=1)]


def knn(X, model):
    """k nearest training rows (by distance, then training order) vote; the smallest label wins a tie."""
    d = model["cols"]
    data = np.array(model["data"]).reshape(-1, d)
    classes, codes = np.unique(np.array(model["labels"], dtype=np.int64), return_inverse=True)
    k = model["k"]
    out = np.empty(X.shape[0], dtype=np.int64)
    step = max(1, 20000000 // max(1, len(data)))
    for start in range(0, X.shape[0], step):
        q = X[start:start + step]
        s = np.zeros((len(q), len(data)))
        for j in range(d):
            diff = q[:, j][:, None] - data[:, j][None, :]
            s += diff * diff
        nearest = np.argsort(s, axis=1, kind="stable")[:, :k]
        votes = np.zeros((len(q), len(classes)), dtype=np.int64)
        for t in range(k):
            np.add.at(votes, (np.arange(len(q)), codes[nearest[:, t]]), 1)
        out[start:start + step] = classes[np.argmax(votes, axis=1)]
    return out


def assign(X, centres=None):
    """Engine labels (0 = segment 1) of prepared rows: the model's classifier, else the nearest centre."""
    if CLASSIFIER is None:
        return nearest_centre(X, CENTRES if centres is None else centres)[0]
    if CLASSIFIER["kind"] == "naive-bayes":
        return naive_bayes(X, CLASSIFIER)
    return knn(X, CLASSIFIER)


def guard_formula(text):
    """A leading apostrophe for text a spreadsheet would run as a formula, as the app's downloads do."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def unique_name(name, taken):
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = "%s_%d" % (name, n), n + 1
    taken.add(candidate)
    return candidate


def labelled(frame, kept, reasons, labels):
    """The rows with segment (number, 1 = largest; empty when not scored), segment_name and not_scored_because."""
    out = frame.copy()
    taken = set(str(c).strip() for c in frame.columns)
    numbers = np.full(len(frame), "", dtype=object)
    numbers[kept] = (np.asarray(labels, dtype=np.int64) + 1).astype(str)
    names = np.full(len(frame), "", dtype=object)
    names[kept] = np.array([guard_formula(n) for n in SEGMENT_NAMES] + [""], dtype=object)[np.asarray(labels, dtype=np.int64)]
    out[unique_name("segment", taken)] = numbers
    out[unique_name("segment_name", taken)] = names
    out[unique_name("not_scored_because", taken)] = reasons
    return out
`;
