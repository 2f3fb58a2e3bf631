// Test helpers: render a component on the server and normalise the markup for snapshots.
import type { Component } from 'svelte';
import { render } from 'svelte/server';

/** Server-rendered markup without hydration comments or scoped-style class hashes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function renderMarkup<P extends Record<string, any>>(component: Component<P>, props: NoInfer<P>): string {
	const { body } = render(component as Component<Record<string, unknown>>, { props });
	return body
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
		.replace(/ class=""/g, '');
}

/** Every opening tag `<tag ...>` with the given attribute, as attribute maps. */
export function elementsWith(markup: string, attribute: string): Record<string, string>[] {
	const tags = markup.match(new RegExp(`<[a-z]+\\b[^>]*\\s${attribute}(?=[\\s=/>])[^>]*>`, 'g')) ?? [];
	return tags.map(attributes);
}

/** Attributes of one opening tag. */
export function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/g)) out[m[1]] = m[2] ?? '';
	return out;
}

/** Text content of every `<title>` element, in order. */
export function titles(markup: string): string[] {
	return [...markup.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
}
