// Python source (embedded in both generated scripts) that reads cells as Segment Lab's import
// does: the same missing-value tokens, the same number syntax (plain decimals, exponents, comma
// thousands), integer codes written back as JavaScript writes numbers, and dates read with the
// pattern stored at fitting (wall clock as UTC), so a row gets the values the app would give it.
// Mirrors io/missing.ts, io/numbers.ts, io/datePattern.ts, prep/derive.ts and prep/rows.ts.
export const pythonReaders = String.raw`
JS_SPACE = "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
QUICK_SPACE = [" ", "\t", "\xa0", "\r", "\n"]
MISSING_TOKENS = ["", "na", "n/a", "n.a.", "null", "nan", "#n/a", "<na>", "-", "?"]
PLAIN_NUMBER = r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
GROUPED_NUMBER = r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?"
MS_PER_DAY = 86400000


def cells(series):
    """The column as text ('' where a row was short)."""
    return series.fillna("").astype(str)


def by_distinct(series, read):
    """read() applied to the column's distinct texts only (a file repeats most of its values), then spread to the rows."""
    codes, distinct = pd.factorize(cells(series))
    return read(pd.Series(distinct, dtype=object))[codes]


def missing_mask(text):
    """True where the cell means 'no value' (trimmed, any case: NA, n/a, null, nan, #N/A, -, ?, blank)."""
    if len(text) == 0:
        return np.zeros(0, dtype=bool)
    n = text.str.len()
    maybe = (n <= 4) | text.str[:1].isin(QUICK_SPACE) | text.str[-1:].isin(QUICK_SPACE)
    out = np.zeros(len(text), dtype=bool)
    if maybe.any():
        sub = text[maybe]
        out[maybe.to_numpy()] = sub.str.strip(JS_SPACE).str.lower().isin(MISSING_TOKENS).to_numpy()
    return out


def parse_numbers(text):
    values = np.full(len(text), np.nan)
    if len(text) == 0:
        return values
    present = ~missing_mask(text)
    trimmed = text.str.strip(JS_SPACE)
    plain = present & trimmed.str.fullmatch(PLAIN_NUMBER, flags=re.ASCII).to_numpy(dtype=bool)
    if plain.any():
        values[plain] = trimmed[plain].astype(float).to_numpy()
    rest = present & ~plain
    if rest.any():
        grouped = trimmed[rest]
        ok = grouped.str.fullmatch(GROUPED_NUMBER, flags=re.ASCII).to_numpy(dtype=bool)
        where = np.flatnonzero(rest)[ok]
        values[where] = grouped[ok].str.replace(",", "", regex=False).astype(float).to_numpy()
    return values


def read_numbers(series):
    """Numbers as the app reads them; NaN for missing cells and for text that is not a number."""
    return by_distinct(series, parse_numbers)


def js_number_text(v):
    """The text JavaScript's String(v) gives a number (codes become categories by this text)."""
    if v == 0:
        return "0"
    if v == int(v) and abs(v) < 1e21:
        return str(int(v))
    sign, whole, frac, exp = re.fullmatch(r"(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?", repr(float(v))).groups()
    all_digits = whole + (frac or "")
    digits = all_digits.lstrip("0")
    point = len(whole) + int(exp or 0) - (len(all_digits) - len(digits))
    digits = digits.rstrip("0")
    k = len(digits)
    if k <= point <= 21:
        body = digits + "0" * (point - k)
    elif 0 < point <= 21:
        body = digits[:point] + "." + digits[point:]
    elif -6 < point <= 0:
        body = "0." + "0" * (-point) + digits
    else:
        e = point - 1
        body = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    return sign + body


def code_texts(series):
    """An integer-code column as categories named by their number (NaN where missing)."""
    values = read_numbers(series)
    out = np.full(len(values), np.nan, dtype=object)
    present = ~np.isnan(values)
    if present.any():
        uniques, inverse = np.unique(values[present], return_inverse=True)
        out[present] = np.array([js_number_text(u) for u in uniques], dtype=object)[inverse]
    return out


def category_texts(series):
    """Text as stored (not trimmed), NaN where missing."""
    def read(text):
        out = text.to_numpy(dtype=object).copy()
        out[missing_mask(text)] = np.nan
        return out
    return by_distinct(series, read)


DATE_TOKENS = [
    ("YYYY", r"(\d{4})", "year"), ("YY", r"(\d{2})", "year2"),
    ("MM", r"(\d{1,2})", "month"), ("M", r"(\d{1,2})", "month"),
    ("DD", r"(\d{1,2})", "day"), ("D", r"(\d{1,2})", "day"),
    ("HH", r"(\d{1,2})", "hour"), ("H", r"(\d{1,2})", "hour"),
    ("hh", r"(\d{1,2})", "hour12"), ("h", r"(\d{1,2})", "hour12"),
    ("mm", r"(\d{2})", "minute"), ("ss", r"(\d{2})", "second"),
    ("SSS", r"(\d{1,9})", "fraction"), ("A", r"([AaPp][Mm])", "ampm"),
    ("Z", r"(?:Z|[+-]\d{2}(?::?\d{2})?)", None),
]


def compile_date_pattern(pattern):
    """The pattern ('D-M-YYYY', 'YYYY-MM-DD[ HH:mm]') as a regular expression and a field -> group map."""
    source, groups, group, depth, i = "", {}, 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "[":
            source, depth, i = source + "(?:", depth + 1, i + 1
            continue
        if ch == "]":
            source, depth, i = source + ")?", depth - 1, i + 1
            continue
        for token, regex, field in DATE_TOKENS:
            if pattern.startswith(token, i):
                source += regex
                if field:
                    group += 1
                    groups[field] = group
                i += len(token)
                break
        else:
            source += " +" if ch == " " else re.escape(ch)
            i += 1
    return re.compile(source, re.ASCII), groups


def days_from_civil(year, month, day):
    y = year - 1 if month <= 2 else year
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def days_in_month(year, month):
    if month == 2:
        return 29 if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0 else 28
    return 30 if month in (4, 6, 9, 11) else 31


def parse_date(text, compiled):
    """Milliseconds since 1970 with the wall clock read as UTC; NaN when the text is not such a date."""
    regex, g = compiled
    m = regex.fullmatch(text.strip(JS_SPACE))
    if not m:
        return np.nan

    def number(field, fallback):
        value = m.group(g[field]) if field in g else None
        return fallback if value is None else int(value)

    if "year" in g:
        year = int(m.group(g["year"]))
    else:
        yy = int(m.group(g["year2"]))
        year = 2000 + yy if yy <= 68 else 1900 + yy
    month, day = int(m.group(g["month"])), int(m.group(g["day"]))
    if month < 1 or month > 12 or day < 1 or day > days_in_month(year, month):
        return np.nan
    if "hour12" in g:
        h = number("hour12", 0)
        marker = m.group(g["ampm"]) if "ampm" in g else None
        if marker is None or h < 1 or h > 12:
            hour = h if marker is None else np.nan
        else:
            hour = h % 12 + (12 if marker[0] in "Pp" else 0)
    else:
        hour = number("hour", 0)
    minute, second = number("minute", 0), number("second", 0)
    if not hour <= 23 or minute > 59 or second > 59:
        return np.nan
    ms = 0
    if "fraction" in g and m.group(g["fraction"]) is not None:
        ms = math.floor(float("0." + m.group(g["fraction"])) * 1000 + 0.5)
    return days_from_civil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms


def date_ms(series, date_format):
    """Dates as milliseconds: text with the stored pattern, numbers by magnitude (epoch ms, epoch s, Excel days)."""
    if date_format is None:
        values = read_numbers(series)
        largest = np.nanmax(np.abs(values)) if np.isfinite(values).any() else 0
        if largest > 1e11:
            return values
        if largest > 1e8:
            return values * 1000
        return -2209161600000 + np.floor(values * MS_PER_DAY + 0.5)
    compiled = compile_date_pattern(date_format)

    def read(text):
        out = np.full(len(text), np.nan)
        present = ~missing_mask(text)
        out[present] = [parse_date(t, compiled) for t in text[present]]
        return out
    return by_distinct(series, read)


def resolve_columns(header):
    """The file's column for each input: same name (headers trimmed), else the same ignoring case."""
    trimmed = [str(h).strip() for h in header]
    found, missing = [], []
    for spec in INPUTS:
        name = spec["column"]
        at = next((i for i, h in enumerate(trimmed) if h == name), None)
        if at is None:
            at = next((i for i, h in enumerate(trimmed) if h.lower() == name.strip().lower()), None)
        if at is None:
            missing.append(name)
        found.append(header[at] if at is not None else None)
    if missing:
        raise SystemExit("error: the file has no column " + ", ".join(repr(m) for m in missing)
                         + ", which the model needs; it reads " + ", ".join(repr(s["column"]) for s in INPUTS))
    return found


def read_inputs(frame, columns):
    """One column per input ('in0', 'in1', ...): numbers (days since, for dates) or category texts, NaN where missing."""
    out = {}
    for t, spec in enumerate(INPUTS):
        raw = frame[columns[t]]
        if spec["derive"] == "days_since":
            out["in%d" % t] = (spec["as_of_ms"] - date_ms(raw, spec["date_format"])) / MS_PER_DAY
        elif spec["derive"] == "code":
            out["in%d" % t] = code_texts(raw)
        elif spec["kind"] == "numeric":
            out["in%d" % t] = read_numbers(raw)
        else:
            out["in%d" % t] = category_texts(raw)
    return pd.DataFrame(out, index=frame.index)


def filled(values, spec):
    """A numeric input after imputation and, for a 'clip' rule, clipping (the values the row checks look at)."""
    v = np.where(np.isnan(values), np.nan if spec["fill"] is None else spec["fill"], values)
    if spec["action"] == "clip":
        v = np.clip(v, spec["lower"], spec["upper"])
    return v


def row_checks(inputs):
    """Which rows the recipe takes, and why each other row is left out (first check, then first column, as the app)."""
    n = len(inputs)
    kept = np.ones(n, dtype=bool)
    reasons = np.full(n, "", dtype=object)

    def drop(mask, why):
        hit = kept & mask
        reasons[hit] = why
        kept[hit] = False

    for t, spec in enumerate(INPUTS):
        if spec["fill"] is None:
            drop(pd.isna(inputs["in%d" % t]).to_numpy(), "missing value in " + spec["column"])
    for t, spec in enumerate(INPUTS):
        if spec["kind"] == "numeric" and spec["action"] == "drop":
            v = filled(inputs["in%d" % t].to_numpy(dtype=float), spec)
            drop((v < spec["lower"]) | (v > spec["upper"]), "outlier in " + spec["column"])
    for t, spec in enumerate(INPUTS):
        if spec["kind"] == "numeric" and spec["log1p"]:
            v = filled(inputs["in%d" % t].to_numpy(dtype=float), spec)
            drop(v <= -1, "value <= -1 in " + spec["column"] + " (log1p undefined)")
    return kept, reasons
`;
