// Worker-side cluster operations (filled in by the cluster step).
export const cluster = {};
