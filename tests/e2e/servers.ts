// Extra servers for the isolation tests: the built site served by scripts/serve.mjs with or without its
// security headers (a host that sends none), and a sink on another loopback address that counts what
// reaches it, so "blocked" means no request arrived, not merely that fetch() rejected.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Site {
	/** The app's URL, with the base path and a trailing slash. */
	url: string;
	close(): Promise<void>;
}

/** Starts scripts/serve.mjs on a free port for the build under test; `headers: false` passes --no-headers. */
export async function startSite({ headers }: { headers: boolean }): Promise<Site> {
	const base = process.env.BASE_PATH ?? '';
	const args = ['scripts/serve.mjs', '--dir', process.env.BUILD_DIR ?? 'build', '--port', '0', '--base', base];
	if (!headers) args.push('--no-headers');
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
	const url = await new Promise<string>((resolve, reject) => {
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const match = /http:\/\/localhost:(\d+)\S*/.exec(out);
			if (match) resolve(match[0]);
		});
		child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}) before listening: ${out}`)));
	});
	return {
		url,
		close: () =>
			new Promise((resolve) => {
				child.once('exit', () => resolve());
				child.kill();
			})
	};
}

export interface Sink {
	url: string;
	hits: string[];
	close(): Promise<void>;
}

/** A server on 127.0.0.2 (another origin, still this machine) recording every request it receives. */
export async function startSink(): Promise<Sink> {
	const hits: string[] = [];
	const server: Server = createServer((req, res) => {
		hits.push(req.url ?? '');
		res.writeHead(200, { 'access-control-allow-origin': '*' }).end('leaked');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.2:${port}/collect`,
		hits,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
