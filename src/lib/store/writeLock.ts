// A dataset being written holds a Web Lock named after it, in whichever tab or worker writes it, so
// the startup sweep of half-written datasets (left by a closed tab) never removes one still being
// written elsewhere. Without Web Locks (Node tests) writes run unlocked and the sweep does nothing.
const lockName = (id: string) => `segment-lab:writing:${id}`;

function locks(): LockManager | undefined {
	return globalThis.navigator?.locks;
}

/** Runs `work` while holding dataset `id`'s write lock. */
export function whileWriting<T>(id: string, work: () => Promise<T>): Promise<T> {
	const manager = locks();
	return manager ? manager.request(lockName(id), () => work()) : work();
}

/** Runs `work` only if nobody is writing dataset `id` now (and holds the lock meanwhile). */
export async function unlessWriting(id: string, work: () => Promise<void>): Promise<void> {
	const manager = locks();
	if (!manager) return;
	await manager.request(lockName(id), { ifAvailable: true }, async (lock) => {
		if (lock) await work();
	});
}
