// The k-means shard kernels, one instance per shard (see src/lib/engine/wasm/wasmShard.ts).
export { heapBase, setRows, setCentres, setGroups } from './state';
export { nearestRows, lastInertia, distancesComputed } from './nearest';
export { hamerlyStep } from './hamerly';
export { yinyangFull, yinyangStep } from './yinyang';
export { updateClosest, trialPotentials, pickRow, farthestRows } from './seeding';
