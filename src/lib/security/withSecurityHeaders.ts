// The service worker's half of the security headers: many static hosts cannot send headers, so once
// the service worker controls the app it adds them to what it serves. A module worker takes its CSP
// from its script's response, so this is what keeps the engine worker on this origin on such hosts.
import { pageHeaders, workerCsp } from './headers.js';

/** The response with the page headers (navigations) or the worker CSP (worker scripts) added. */
export function withSecurityHeaders(request: Request, response: Response): Response {
	// Opaque and error responses have no headers to add to; pass them on untouched.
	if (response.type !== 'basic' && response.type !== 'default') return response;
	const added = headersFor(request);
	if (!added) return response;
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(added)) {
		// Appending keeps a host's own policy: every CSP given is enforced, so the result is never weaker.
		const current = headers.get(name);
		if (current === null) headers.set(name, value);
		else if (name === 'content-security-policy' && !current.includes(value)) headers.append(name, value);
	}
	return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

function headersFor(request: Request): Readonly<Record<string, string>> | null {
	if (request.mode === 'navigate') return pageHeaders;
	if (request.destination === 'worker' || request.destination === 'sharedworker') {
		return { 'content-security-policy': workerCsp };
	}
	return null;
}
