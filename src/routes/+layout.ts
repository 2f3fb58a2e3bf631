// A fully static app: the shell is prerendered, everything else happens in the browser.
export const ssr = false;
export const prerender = true;
export const trailingSlash = 'always';
