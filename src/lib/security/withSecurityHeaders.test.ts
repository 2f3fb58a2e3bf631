import { describe, expect, it } from 'vitest';
import { pageHeaders, workerCsp } from './headers.js';
import { withSecurityHeaders } from './withSecurityHeaders';

// Node cannot build a navigation Request, so the two fields the function reads stand in for one.
const request = (mode: string, destination: string) => ({ mode, destination }) as unknown as Request;
const html = (headers: Record<string, string> = {}) => new Response('<!doctype html>', { status: 200, headers });

describe('withSecurityHeaders', () => {
	it('withSecurityHeaders(navigation, page) adds frame-ancestors and X-Frame-Options', () => {
		const out = withSecurityHeaders(request('navigate', 'document'), html({ 'content-type': 'text/html' }));
		expect(out.headers.get('content-security-policy')).toBe(pageHeaders['content-security-policy']);
		expect(out.headers.get('x-frame-options')).toBe('DENY');
		expect(out.headers.get('content-type')).toBe('text/html');
	});

	it('withSecurityHeaders(worker script, js) adds the worker CSP', () => {
		const out = withSecurityHeaders(request('same-origin', 'worker'), new Response('self.onmessage = null'));
		expect(out.headers.get('content-security-policy')).toBe(workerCsp);
	});

	it("withSecurityHeaders keeps a host's own policy and adds ours beside it", () => {
		const out = withSecurityHeaders(request('navigate', 'document'), html({ 'content-security-policy': "img-src 'self'", 'x-frame-options': 'SAMEORIGIN' }));
		expect(out.headers.get('content-security-policy')).toBe(`img-src 'self', ${pageHeaders['content-security-policy']}`);
		expect(out.headers.get('x-frame-options')).toBe('SAMEORIGIN');
	});

	it('withSecurityHeaders(script or style, response) returns the response untouched', () => {
		const response = new Response('x');
		expect(withSecurityHeaders(request('cors', 'script'), response)).toBe(response);
	});

	it('withSecurityHeaders(navigation, 404 fallback) keeps the status', async () => {
		const out = withSecurityHeaders(request('navigate', 'document'), new Response('<p>nf</p>', { status: 404, statusText: 'Not Found' }));
		expect(out.status).toBe(404);
		expect(await out.text()).toBe('<p>nf</p>');
	});
});
