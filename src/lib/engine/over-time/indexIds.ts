// One position per id. A customer twice in one snapshot cannot be said to have moved anywhere, so a
// repeated id is refused, naming the id and both data rows.
export class DuplicateIdError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DuplicateIdError';
	}
}

/** Map from id to its position in `ids`; throws DuplicateIdError on the first repeat. `rows` gives 1-based data rows for the message. */
export function indexIds(ids: readonly string[], rows: ArrayLike<number>, snapshotName: string): Map<string, number> {
	const index = new Map<string, number>();
	ids.forEach((id, i) => {
		const first = index.get(id);
		if (first !== undefined) {
			throw new DuplicateIdError(
				`${snapshotName} has the customer id "${id}" twice (data rows ${rows[first]} and ${rows[i]}); ` +
					`a snapshot needs one row per customer — remove or merge the duplicate rows`
			);
		}
		index.set(id, i);
	});
	return index;
}
