/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Listeners only: precache the app in a versioned cache, serve it offline, wait to be told to update.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `segment-lab-${version}`;
// All three lists: with build + files only, going offline right after the first visit fails to reload.
const ASSETS = [...new Set([...build, ...files, ...prerendered])];
const SCOPE = new URL(sw.registration.scope).pathname;

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(url.pathname);
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		// Offline on a client-side route that was not prerendered: serve the app shell.
		if (request.mode === 'navigate') {
			const shell = (await cache.match(SCOPE)) ?? (await cache.match(`${SCOPE}404.html`));
			if (shell) return shell;
		}
		throw error;
	}
}
