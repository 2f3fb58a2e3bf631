// Tabs of the app share one IndexedDB; they tell each other what they changed over a
// BroadcastChannel, so a dataset deleted in one tab closes at once in the others. The store's
// in-transaction checks (lib/store/guard.ts) still catch a tab that missed the message.

export type TabMessage =
	/** Datasets deleted, or '*' for all of them. */
	| { type: 'deleted'; ids: string[] | '*' }
	/** Datasets added or renamed: re-read the library. */
	| { type: 'changed' };

const CHANNEL = 'segment-lab:store';
let channel: BroadcastChannel | null = null;

function open(): BroadcastChannel | null {
	if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL);
	return channel;
}

/** Tells the other tabs (never this one) about a change. */
export function tellTabs(message: TabMessage): void {
	open()?.postMessage(message);
}

/** Calls `handle` for every message from another tab. */
export function listenToTabs(handle: (message: TabMessage) => void): void {
	const c = open();
	if (c) c.onmessage = (event: MessageEvent<TabMessage>) => handle(event.data);
}
