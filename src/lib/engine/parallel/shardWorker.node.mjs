// Entry of a Node shard worker: registers tsx (as cli/segment-lab.mjs does) so the TypeScript message
// loop and engine load as they are, then starts the loop.
import { register } from 'tsx/esm/api';

register();
await import('./shardWorker.node.ts');
