#!/usr/bin/env node
// A tiny static file server for the built site, so the README's start command needs nothing else.
// Usage: node scripts/serve.mjs [--dir build] [--port 4173] [--base /segment] [--no-headers]
// Serves DIR under BASE (default: $BASE_PATH or "/"); unknown paths get the SPA fallback page.
// Sends the security headers the README asks of hosts; --no-headers plays a host that sends none
// (the tests use it to prove the service worker adds them).
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { pageHeaders, workerCsp, workerPaths } from '../src/lib/security/headers.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(option('dir', process.env.BUILD_DIR ?? 'build'));
const port = Number(option('port', process.env.PORT ?? 4173));
const base = option('base', process.env.BASE_PATH ?? '').replace(/\/$/, '');
const securityHeaders = !args.includes('--no-headers');

if (!existsSync(join(root, 'index.html'))) {
	console.error(`serve: ${root}/index.html not found. Build first: npm run build`);
	process.exit(1);
}

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

function fileFor(pathname) {
	const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const full = join(root, rel);
	if (!full.startsWith(root)) return null;
	if (existsSync(full) && statSync(full).isFile()) return full;
	const index = join(full, 'index.html');
	if (existsSync(index)) return index;
	return null;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (base && url.pathname === base) {
		res.writeHead(301, { location: `${base}/` }).end();
		return;
	}
	if (base && !url.pathname.startsWith(`${base}/`)) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found. The app is at ${base}/`);
		return;
	}
	const pathname = url.pathname.slice(base.length);
	const file = fileFor(pathname);
	const served = file ?? join(root, '404.html');
	const headers = {
		'content-type': types[extname(served)] ?? 'application/octet-stream',
		'cache-control': served.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	};
	if (securityHeaders && served.endsWith('.html')) Object.assign(headers, pageHeaders);
	if (securityHeaders && workerPaths.some((p) => pathname.startsWith(p))) headers['content-security-policy'] = workerCsp;
	res.writeHead(file ? 200 : 404, headers);
	if (req.method === 'HEAD') res.end();
	else createReadStream(served).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
	// The real port, so `--port 0` (any free port, as the tests use) prints where to go.
	const { port: listening } = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(`Segment Lab: http://localhost:${listening}${base}/  (serving ${root})`);
});
