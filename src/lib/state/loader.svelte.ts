// "Load X for this dataset + revision (+ whatever else the answer depends on), and drop answers
// that arrive after the page moved on": one small pattern instead of a hand-written key per store.
// The loader remembers the key of the latest request; an answer for an older key is ignored.

/** Joins the parts an answer depends on into one key ('' parts included, so `a#` ≠ `#a`). */
export function loadKey(...parts: (string | number | null | undefined)[]): string {
	return parts.map((p) => String(p ?? '')).join('#');
}

export class KeyedLoader<T> {
	/** The answer for `key`, or null before it arrived (replaced, never mutated). */
	value = $state.raw<T | null>(null);
	/** Why the latest request failed, or null. */
	error = $state<string | null>(null);
	/** True while the latest request is in flight. */
	loading = $state(false);
	/** Key of the latest request ('' before the first, or after `forget`). */
	key = $state('');
	/** Counts requests, so an answer to an earlier request for the same key (before `forget`) is still dropped. */
	#request = 0;

	/**
	 * Fetches the answer for `key` unless it is already loaded or loading. Resolves to true when this
	 * call's answer (or error) was kept, false when the key was already there or a newer request won.
	 * A failed request forgets its key, so asking again retries. `keep` leaves the previous value
	 * on screen while the new one loads (default: cleared at once, so stale data is never shown).
	 */
	async load(key: string, fetch: () => Promise<T>, options: { keep?: boolean } = {}): Promise<boolean> {
		if (key === this.key) return false;
		const request = ++this.#request;
		this.key = key;
		this.error = null;
		this.loading = true;
		if (!options.keep) this.value = null;
		try {
			const value = await fetch();
			if (request !== this.#request) return false;
			this.value = value;
			return true;
		} catch (error) {
			if (request !== this.#request) return false;
			this.error = error instanceof Error ? error.message : String(error);
			this.key = '';
			return true;
		} finally {
			if (request === this.#request) this.loading = false;
		}
	}

	/** True while `key` is still the latest request: answers computed for it may be kept. */
	isCurrent(key: string): boolean {
		return key !== '' && key === this.key;
	}

	/** Sets the answer for `key` known without asking (e.g. just written), so no load follows. */
	set(key: string, value: T): void {
		this.#request++;
		this.key = key;
		this.value = value;
		this.error = null;
		this.loading = false;
	}

	/** Drops the key (not the value): the next `load` fetches again, and answers in flight are ignored. */
	forget(): void {
		this.#request++;
		this.key = '';
		this.loading = false;
	}
}
