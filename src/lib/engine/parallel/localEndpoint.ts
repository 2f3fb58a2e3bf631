// A shard worker's message loop served in this thread, behind the Endpoint a worker has: messages
// are structured-cloned with their transfer lists as postMessage clones them (a buffer sent is
// detached on the sender's side; a reply never aliases the shard's own memory), and each is handled
// in a microtask, after the caller's synchronous code. A driver posts one step's calls to every
// shard in one go, so the workers have theirs before this thread starts on its own shard.
import type { Endpoint } from './pool';
import { createShardServer, type ShardReply, type ShardRequest } from './protocol';

/** structuredClone moving `transfer`; a buffer that cannot move (WebAssembly memory) is copied instead, as the workers do. */
function cloned<T>(message: T, transfer: Transferable[]): T {
	try {
		return structuredClone(message, { transfer });
	} catch {
		return structuredClone(message);
	}
}

export function localEndpoint(): Endpoint {
	let onReply: (reply: ShardReply) => void = () => {};
	let serve: ((request: ShardRequest) => void) | undefined = createShardServer((message, transfer) => {
		const reply = cloned(message, transfer);
		queueMicrotask(() => {
			if (serve) onReply(reply);
		});
	});
	return {
		post(message, transfer) {
			const request: ShardRequest = cloned(message, transfer);
			queueMicrotask(() => serve?.(request));
		},
		listen: (reply) => void (onReply = reply),
		// The shard (its rows) goes with the server.
		terminate: () => void (serve = undefined)
	};
}
