import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Sub-path the site is hosted under, chosen at build time: `BASE_PATH=/segment npm run build`. */
const base = process.env.BASE_PATH ?? '';
if (base !== '' && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(`BASE_PATH must start with "/" and not end with one (got "${base}")`);
}
// For src/app.html: the manifest and icon links must be absolute. A relative "./manifest.webmanifest"
// resolves against the current URL after client-side navigation (/explore/manifest.webmanifest),
// which breaks installing from any page but the first.
process.env.PUBLIC_BASE_PATH = base;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: '404.html',
			strict: true
		}),
		paths: { base: /** @type {'' | `/${string}`} */ (base), relative: true },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'connect-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		version: { name: process.env.APP_VERSION ?? undefined }
	}
};

export default config;
