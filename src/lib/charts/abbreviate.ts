// Labels cut to fit a chart, so that different names stay different. Cutting each label on its own
// ("High PURCHASES_FREQUENCY", "High PURCHASES_INSTALLMENTS_FREQUENCY" -> "High PURCHAS…" twice) makes
// two rows of a chart read the same. Here labels that would collide first lose the words they all share
// ("…PURCHASES_AMOUNT…01"), then are shortened word by word ("PURCH…INST…FREQ"), then with an ellipsis
// in the middle that keeps the distinguishing ends, and as a last resort numbered. The full name always belongs in a `<title>` / `title` next to the short one.

const ELLIPSIS = '…';

/**
 * `labels` shortened to at most `max` characters each (`max` is at least 1). Labels that fit (by
 * length, or by `fits`, e.g. their measured width) are kept as they are; equal labels get equal
 * results. Distinct labels get distinct results whenever `max >= 2 + digits(labels.length + 1)` (room
 * for the numbered fallback), e.g. max >= 4 for up to 98 labels.
 */
export function abbreviateLabels(labels: readonly string[], max: number, fits?: (label: string) => boolean): string[] {
	const limit = Math.max(1, Math.floor(max));
	const unique = [...new Set(labels)];
	const out = new Map<string, string>();
	const pending: string[] = [];
	for (const label of unique) {
		if (label.length <= limit || fits?.(label)) out.set(label, label);
		else pending.push(label);
	}
	const shared = sharedWords(pending);
	const options = new Map(pending.map((label) => [label, candidates(label, limit, shared)]));
	const level = new Map(pending.map((label) => [label, 0]));
	const current = (label: string) => options.get(label)![Math.min(level.get(label)!, options.get(label)!.length - 1)];

	// Every label in a colliding group moves on together, so no label keeps the "good" short form
	// while its twin gets a worse one.
	for (;;) {
		const owners = new Map<string, string[]>();
		for (const label of unique) {
			const short = level.has(label) ? current(label) : label;
			owners.set(short, [...(owners.get(short) ?? []), label]);
		}
		let moved = false;
		for (const group of owners.values()) {
			if (group.length < 2) continue;
			for (const label of group) {
				const l = level.get(label);
				if (l !== undefined && l < options.get(label)!.length - 1) {
					level.set(label, l + 1);
					moved = true;
				}
			}
		}
		if (!moved) break;
	}

	const taken = new Set<string>();
	for (const label of unique) if (!level.has(label)) taken.add(label);
	const clashing = new Set<string>();
	const seen = new Map<string, string>();
	for (const label of pending) {
		const short = current(label);
		if (taken.has(short) || seen.has(short)) {
			clashing.add(label);
			const first = seen.get(short);
			if (first) clashing.add(first);
		} else seen.set(short, label);
	}
	for (const label of pending) {
		if (clashing.has(label)) continue;
		out.set(label, current(label));
		taken.add(current(label));
	}
	let n = 1;
	for (const label of pending) {
		if (!clashing.has(label)) continue;
		// Too little room for a number (max < 2 + digits) is the one case left ambiguous.
		let short = numbered(label, n++, limit);
		while (taken.has(short) && n <= 2 * unique.length + 2) short = numbered(label, n++, limit);
		out.set(label, short);
		taken.add(short);
	}
	return labels.map((label) => out.get(label)!);
}

/**
 * Rough width in px of `text` at `fontSize`, aware that capitals and digits are wider than the
 * average letter: column names are often written in capitals ("PURCHASES_TRX"), and a flat
 * 0.58 em per character let such labels run into their neighbours.
 */
export function labelWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += /[A-Z]/.test(ch) ? 0.7 : /[a-z]/.test(ch) ? 0.56 : /[0-9]/.test(ch) ? 0.64 : ch === ' ' ? 0.32 : ch === ELLIPSIS ? 1 : 0.56;
	return em * fontSize;
}

/**
 * How many characters fit in `maxWidth` px at `fontSize`, for the widest-lettered of `labels`
 * (a plain 0.58 em per character when none are given); room is kept for a wide "…".
 */
export function charsThatFit(maxWidth: number, fontSize: number, labels: readonly string[] = []): number {
	let perChar = 0.58;
	for (const l of labels) if (l.length) perChar = Math.max(perChar, labelWidth(l, 1) / [...l].length);
	const room = labels.length ? maxWidth - 0.5 * fontSize : maxWidth;
	return Math.max(1, Math.floor(room / (fontSize * perChar)));
}

/** `labels` shortened to fit `room` px at `fontSize`, distinct, each kept whole when it already fits. */
export function fitLabels(labels: readonly string[], room: number, fontSize: number): string[] {
	return abbreviateLabels(labels, charsThatFit(room, fontSize, labels), (l) => labelWidth(l, fontSize) <= room);
}

/** Short forms of one label that is longer than `max`, most readable first. */
function candidates(label: string, max: number, shared: ReadonlySet<string>): string[] {
	const list = [label.slice(0, max - 1) + ELLIPSIS];
	const { words, separators } = tokenize(label);
	// Words that every long label has ("AVERAGE", "MONTHLY") say nothing about which one this is.
	const drop = words.map((w) => shared.has(w));
	if (drop.includes(true) && drop.includes(false)) {
		const kept = byWords(words, separators, drop, max);
		if (kept) list.push(kept);
	}
	const all = byWords(words, separators, words.map(() => false), max);
	if (all) list.push(all);
	// Middle ellipsis: an even split first, then more of the end (names often differ in their suffix),
	// then more of the start.
	const room = max - 1;
	const even = Math.ceil(room / 2);
	for (let tail = even; tail <= room; tail++) list.push(middle(label, room - tail, tail));
	for (let tail = even - 1; tail >= 1; tail--) list.push(middle(label, room - tail, tail));
	return [...new Set(list)];
}

/** Words that every label has, or none when some label has nothing else. */
function sharedWords(labels: readonly string[]): Set<string> {
	if (labels.length < 2) return new Set();
	const sets = labels.map((l) => new Set(tokenize(l).words));
	const shared = new Set([...sets[0]].filter((w) => sets.every((set) => set.has(w))));
	// Only when every label keeps a word of its own, so all of them read in the same style.
	return sets.every((set) => [...set].some((w) => !shared.has(w))) ? shared : new Set();
}

function middle(label: string, head: number, tail: number): string {
	return label.slice(0, head) + ELLIPSIS + (tail > 0 ? label.slice(label.length - tail) : '');
}

/** Words split at `_`, spaces, `-`, `.`, `/` and camelCase humps, with the separator that followed each. */
function tokenize(label: string): { words: string[]; separators: string[] } {
	const parts = label.split(/([_\s\-./]+|(?<=[a-z0-9])(?=[A-Z]))/);
	const words: string[] = [];
	const separators: string[] = [];
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i] ?? '';
		if (i % 2 === 0) {
			if (part) words.push(part);
		} else if (words.length && separators.length < words.length) separators.push(part.slice(0, 1));
	}
	separators.length = Math.max(0, words.length - 1);
	return { words, separators };
}

/**
 * "PURCHASES_INSTALLMENTS_FREQUENCY" -> "PURCH…INST…FREQ": the longest words give up letters first;
 * dropped words become one "…" per run.
 */
function byWords(words: readonly string[], separators: readonly string[], drop: readonly boolean[], max: number): string | null {
	if (words.length < 2) return null;
	const items: { word: string; keep: number; gap: boolean; sep: string }[] = [];
	words.forEach((word, i) => {
		if (!drop[i]) items.push({ word, keep: word.length, gap: false, sep: separators[i] ?? '' });
		else if (!items.at(-1)?.gap) items.push({ word: ELLIPSIS, keep: 1, gap: true, sep: '' });
	});
	const shown = items.filter((it) => !it.gap);
	// One character between two words: the separator, or "…" after a shortened word.
	let fixed = 0;
	for (let i = 0; i < items.length; i++) fixed += items[i].gap ? 1 : i + 1 < items.length && !items[i + 1].gap ? 1 : 0;
	const budget = max - fixed;
	// Under three letters a word is no longer recognisable: a middle ellipsis reads better then.
	const floor = (it: { word: string }) => Math.min(3, it.word.length);
	if (budget < shown.reduce((sum, it) => sum + floor(it), 0)) return null;
	let total = shown.reduce((sum, it) => sum + it.keep, 0);
	while (total > budget) {
		let longest = -1;
		// Ties go to the later word: the first word of a name is usually the one people scan for.
		for (let i = 0; i < shown.length; i++) if (shown[i].keep > floor(shown[i]) && (longest < 0 || shown[i].keep >= shown[longest].keep)) longest = i;
		shown[longest].keep--;
		total--;
	}
	let text = '';
	for (let i = 0; i < items.length; i++) {
		const it = items[i];
		if (it.gap) {
			if (!text.endsWith(ELLIPSIS)) text += ELLIPSIS;
			continue;
		}
		text += it.word.slice(0, it.keep);
		const next = items[i + 1];
		if (!next) continue;
		if (it.keep < it.word.length) text += ELLIPSIS;
		else if (!next.gap) text += it.sep;
	}
	return text.length <= max ? text : null;
}

function numbered(label: string, n: number, max: number): string {
	const suffix = String(n);
	if (max < 1 + suffix.length) return label.slice(0, max - 1) + ELLIPSIS;
	return label.slice(0, max - 1 - suffix.length) + ELLIPSIS + suffix;
}
