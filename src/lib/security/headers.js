// The response headers the app asks of its host, in one place: scripts/serve.mjs sends them, the service
// worker adds them where a host sends none, and the README lists them for other hosts. Plain JavaScript
// so that the Node server can import it as it is.

/**
 * For every HTML page. The page's own CSP is a <meta> tag, which cannot forbid framing, so these say
 * it: a same-site page framing the app would otherwise show the library with its Delete buttons.
 * Nothing else goes here: a second header CSP with script-src would block the page's hashed inline script.
 * @type {Readonly<Record<string, string>>}
 */
export const pageHeaders = Object.freeze({
	'content-security-policy': "frame-ancestors 'none'",
	'x-frame-options': 'DENY'
});

/**
 * For worker scripts (the engine worker and the service worker). A worker's CSP comes from its own
 * script's response, never from the page's <meta> tag. Same sources as the page's policy in
 * svelte.config.js: the worker fetches only this origin's bundled samples and its own modules.
 */
export const workerCsp =
	"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'self'; object-src 'none'";

/** Where the build puts worker scripts, relative to the base path (what the README tells hosts). */
export const workerPaths = Object.freeze(['/_app/immutable/workers/', '/service-worker.js']);
