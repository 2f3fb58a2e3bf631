// Worker-side classify operations (filled in by the classify step).
export const classify = {};
