// Worker-side explore operations (filled in by the explore step).
export const explore = {};
