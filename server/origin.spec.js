import { describe, expect, it } from 'vitest';
import { SOCKET_PROTOCOL_HEADER, originFromSocket, reachableAt } from './origin.js';
import { securityHeaders } from './security-headers.js';

/**
 * The origin adapter-node builds from a request when it has no ORIGIN: `<protocol header>://<host>`
 * (see get_origin in @sveltejs/adapter-node's handler), with `https` when the header is missing.
 * @param {Record<string, string | undefined>} env
 * @param {import('node:http').IncomingMessage} req
 */
function adapterOrigin(env, req) {
	if (env.ORIGIN) return env.ORIGIN;
	const protocolHeader = (env.PROTOCOL_HEADER ?? '').toLowerCase();
	const hostHeader = (env.HOST_HEADER ?? '').toLowerCase();
	const protocol = (protocolHeader && req.headers[protocolHeader]) || 'https';
	const host = (hostHeader && req.headers[hostHeader]) || req.headers.host;
	return `${protocol}://${host}`;
}

/**
 * @param {Record<string, string>} headers
 * @param {boolean} [encrypted]
 */
const request = (headers, encrypted) =>
	/** @type {import('node:http').IncomingMessage} */ (
		/** @type {unknown} */ ({
			headers: { ...headers },
			socket: encrypted === undefined ? {} : { encrypted }
		})
	);

/**
 * What the server wrapper does with a request before adapter-node sees it.
 * @param {Record<string, string | undefined>} settings
 * @param {import('node:http').IncomingMessage} req
 */
function origin(settings, req) {
	const fromSocket = originFromSocket(settings);
	fromSocket?.stamp(req);
	return adapterOrigin({ ...settings, ...fromSocket?.env }, req);
}

describe('the origin without configuration', () => {
	it('is the Host header with the protocol of a plain socket: http', () => {
		expect(origin({}, request({ host: '192.168.1.5:3000' }))).toBe('http://192.168.1.5:3000');
		expect(origin({}, request({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000');
	});

	it('is https when the socket speaks TLS', () => {
		expect(origin({}, request({ host: 'check.local' }, true))).toBe('https://check.local');
	});

	it('ignores X-Forwarded-Proto, and any copy of its own header, sent by the client', () => {
		const spoofed = request({
			host: 'check.local:3000',
			'x-forwarded-proto': 'https',
			[SOCKET_PROTOCOL_HEADER]: 'https'
		});
		expect(origin({}, spoofed)).toBe('http://check.local:3000');
		// Nor does it turn on HSTS over plain HTTP.
		const headers = securityHeaders({ PROTOCOL_HEADER: SOCKET_PROTOCOL_HEADER })(spoofed);
		expect(headers.map(([name]) => name)).not.toContain('Strict-Transport-Security');
	});
});

describe('a configured origin stays as configured', () => {
	it('ORIGIN wins over the request', () => {
		expect(originFromSocket({ ORIGIN: 'https://check.example.de' })).toBeUndefined();
		const req = request({ host: '192.168.1.5:3000', 'x-forwarded-proto': 'http' });
		expect(origin({ ORIGIN: 'https://check.example.de' }, req)).toBe('https://check.example.de');
	});

	it('PROTOCOL_HEADER and HOST_HEADER are read behind a proxy, as adapter-node does', () => {
		const settings = { PROTOCOL_HEADER: 'x-forwarded-proto', HOST_HEADER: 'x-forwarded-host' };
		expect(originFromSocket(settings)).toBeUndefined();
		const req = request({
			host: '127.0.0.1:3000',
			'x-forwarded-proto': 'https',
			'x-forwarded-host': 'check.example.de'
		});
		expect(origin(settings, req)).toBe('https://check.example.de');
		expect(req.headers[SOCKET_PROTOCOL_HEADER]).toBeUndefined();
	});
});

describe('the addresses printed at start', () => {
	it('are localhost and the local network when listening on all addresses', () => {
		const { local, network } = reachableAt('0.0.0.0', 3000);
		expect(local).toEqual(['http://localhost:3000']);
		for (const url of network) expect(url).toMatch(/^http:\/\/\d+\.\d+\.\d+\.\d+:3000$/);
		expect(network).not.toContain('http://127.0.0.1:3000');
	});

	it('are only the one address it listens on otherwise', () => {
		expect(reachableAt('127.0.0.1', 4000)).toEqual({
			local: ['http://127.0.0.1:4000'],
			network: []
		});
	});
});
