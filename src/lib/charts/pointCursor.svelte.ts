// The keyboard cursor of a chart whose points can be chosen: the chart is one tab stop, the arrow
// keys move an active x between the drawn points and Enter or Space chooses it, as a click would.
// One tab stop per chart instead of one per point (a k sweep drew ~38 of them).

/** The x a key press moves to from `current` over the sorted distinct `xs`; undefined for other keys. */
export function nextX(xs: readonly number[], current: number | undefined, key: string): number | undefined {
	if (xs.length === 0) return undefined;
	const at = current === undefined ? -1 : xs.indexOf(current);
	switch (key) {
		case 'ArrowRight':
		case 'ArrowUp':
			return xs[Math.min(xs.length - 1, at + 1)];
		case 'ArrowLeft':
		case 'ArrowDown':
			return xs[at < 0 ? 0 : Math.max(0, at - 1)];
		case 'Home':
			return xs[0];
		case 'End':
			return xs[xs.length - 1];
		default:
			return undefined;
	}
}

export class PointCursor {
	/** The chart has keyboard focus: the active point is drawn and announced only then. */
	focused = $state(false);
	#moved = $state<number | undefined>(undefined);
	readonly #xs: () => readonly number[];
	readonly #start: () => number | undefined;

	/** `xs`: the sorted distinct x of the drawn points; `start`: where the cursor starts (the chosen x). */
	constructor(xs: () => readonly number[], start: () => number | undefined) {
		this.#xs = xs;
		this.#start = start;
	}

	/** The active x: where the keys last moved it, else the start, else the first point. */
	get x(): number | undefined {
		const xs = this.#xs();
		if (this.#moved !== undefined && xs.includes(this.#moved)) return this.#moved;
		const start = this.#start();
		return start !== undefined && xs.includes(start) ? start : xs[0];
	}

	/** Arrows, Home and End move; Enter and Space call `choose` with the active x. */
	keydown(e: KeyboardEvent, choose: (x: number) => void): void {
		if (e.key === 'Enter' || e.key === ' ') {
			const x = this.x;
			if (x === undefined) return;
			e.preventDefault();
			choose(x);
			return;
		}
		const next = nextX(this.#xs(), this.x, e.key);
		if (next === undefined) return;
		e.preventDefault();
		this.#moved = next;
	}
}
