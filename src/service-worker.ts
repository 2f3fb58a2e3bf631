/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Listeners only: precache the app in a versioned cache, serve it offline, wait to be told to update.
import { base, build, files, prerendered, version } from '$service-worker';
import { withSecurityHeaders } from '$lib/security/withSecurityHeaders';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `segment-lab-${version}`;
// The fallback page: unlike the prerendered pages its asset paths are absolute, so it works at any depth.
const FALLBACK = `${base}/404.html`;
// All three lists: with build + files only, going offline right after the first visit fails to reload.
const ASSETS = [...new Set([...build, ...files, ...prerendered, FALLBACK])];

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
	event.respondWith(respond(request, url).then((response) => withSecurityHeaders(request, response)));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(url.pathname);
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		// Offline on a path that was not prerendered (a client route, or an unknown one): the app's
		// fallback page, which routes it or shows the app's own not-found page.
		if (request.mode === 'navigate') {
			const fallback = await cache.match(FALLBACK);
			if (fallback) return fallback;
		}
		throw error;
	}
}
