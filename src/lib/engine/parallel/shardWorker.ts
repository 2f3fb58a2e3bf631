// The shard message loop in a browser module Worker, started by the engine worker (browserPool.ts).
import { createShardServer, type ShardRequest } from './protocol';

const scope = self as unknown as {
	postMessage(message: unknown, transfer: Transferable[]): void;
	onmessage: ((event: MessageEvent<ShardRequest>) => void) | null;
};
const serve = createShardServer((message, transfer) => {
	try {
		scope.postMessage(message, transfer);
	} catch {
		// A buffer that cannot move (WebAssembly memory) goes as a copy.
		scope.postMessage(message, []);
	}
});
scope.onmessage = (event) => serve(event.data);
