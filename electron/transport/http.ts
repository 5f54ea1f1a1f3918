// The loopback HTTP bridge: the API for a browser (`epost serve`, browser tests), same dispatcher as IPC.
//   POST /api/<method>   JSON body = input; header `x-epost-bridge: <bridge token>`;
//                        `authorization: Bearer <session token>` once signed in. Answer: the envelope.
//   GET  /api/events     server-sent events; EventSource cannot set headers, so both tokens travel
//                        as query parameters `bridge` and `session`.
//   GET  /…              the built renderer (renderer/dist); index.html gets the bridge token as
//                        <meta name="epost-bridge-token" content="…">.
// It binds 127.0.0.1 only. The bridge token is random per start and checked on every API request,
// together with the Host header (against DNS rebinding) and Origin (against other sites' pages),
// so a web page in the same browser cannot drive the API. It does not keep out a local process that
// fetches index.html itself: that is what the sign-in is for.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiError } from '../contract/api.ts';
import type { Dispatcher } from '../services/api/dispatcher.ts';
import { silentLogger, type Logger } from '../services/log.ts';

export const RENDERER_DIST = fileURLToPath(new URL('../../renderer/dist/', import.meta.url));
export const BRIDGE_HEADER = 'x-epost-bridge';
export const BRIDGE_META = 'epost-bridge-token';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
const HEARTBEAT_MS = 25_000;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.ttf': 'font/ttf', '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm',
};

// The renderer talks only to this origin; images arrive as data: URLs from items.pageImage.
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'none'",
].join('; ');

export interface HttpBridgeOptions {
  dispatcher: Dispatcher;
  port?: number;
  /** Folder of the built renderer. */
  staticDir?: string;
  /** Fixed token for tests; random otherwise. */
  bridgeToken?: string;
  log?: Logger;
}

export interface HttpBridge {
  url: string;
  port: number;
  bridgeToken: string;
  close(): Promise<void>;
}

function sameToken(given: string | null | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': type, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store',
    'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', ...extra,
  });
  res.end(body);
}

function sendEnvelope(res: ServerResponse, status: number, envelope: unknown): void {
  send(res, status, JSON.stringify(envelope), 'application/json; charset=utf-8');
}

const failure = (code: ApiError['code'], message: string) => ({ ok: false, error: { code, message } });

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function injectBridgeToken(html: string, token: string): string {
  const meta = `<meta name="${BRIDGE_META}" content="${escapeAttribute(token)}">`;
  return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`) : `${meta}\n${html}`;
}

const NOT_BUILT = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>E-Poststelle</title></head>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>E-Poststelle: Weboberfläche nicht gebaut</h1>
<p>Die Dienste laufen, aber unter <code>renderer/dist</code> liegt keine gebaute Oberfläche.
Bauen mit <code>npm run build:renderer</code>, dann diese Seite neu laden.</p>
<p>Die API ist unter <code>POST /api/&lt;methode&gt;</code> erreichbar.</p></body></html>`;

export async function startHttpBridge(options: HttpBridgeOptions): Promise<HttpBridge> {
  const { dispatcher } = options;
  const log = options.log ?? silentLogger;
  const staticDir = path.resolve(options.staticDir ?? RENDERER_DIST);
  const bridgeToken = options.bridgeToken ?? randomBytes(32).toString('base64url');
  let port = 0;
  const openStreams = new Set<ServerResponse>();

  const allowedHost = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  const allowedOrigin = (origin: string | undefined) => origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (url.pathname === '/api/events') return handleEvents(req, res, url);
    if (!sameToken(req.headers[BRIDGE_HEADER] as string | undefined, bridgeToken)) {
      return sendEnvelope(res, 403, failure('forbidden', 'Bridge-Token fehlt oder ist falsch'));
    }
    if (req.method !== 'POST') return sendEnvelope(res, 405, failure('invalid-input', 'Nur POST'));
    const name = decodeURIComponent(url.pathname.slice('/api/'.length));
    let input: unknown = {};
    try {
      const body = await readBody(req);
      if (body.trim()) input = JSON.parse(body);
    } catch (error) {
      return error instanceof RangeError
        ? sendEnvelope(res, 413, failure('invalid-input', 'Anfrage zu groß'))
        : sendEnvelope(res, 400, failure('invalid-input', 'Kein gültiges JSON'));
    }
    const authorization = req.headers.authorization;
    const token = authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() || null : null;
    const envelope = await dispatcher.invoke(name, input, { token });
    // The envelope carries the outcome; only an unknown method is an HTTP-level "not found".
    sendEnvelope(res, !envelope.ok && envelope.error.code === 'unknown-method' ? 404 : 200, envelope);
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (!sameToken(url.searchParams.get('bridge'), bridgeToken)) return sendEnvelope(res, 403, failure('forbidden', 'Bridge-Token fehlt oder ist falsch'));
    const auth = { token: url.searchParams.get('session') };
    if (!dispatcher.whoIs(auth)) return sendEnvelope(res, 401, failure('unauthenticated', 'Bitte anmelden'));
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    res.write('retry: 3000\n\n');
    openStreams.add(res);
    const unsubscribe = dispatcher.subscribe((event) => {
      res.write(`event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
    }, auth);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    const end = () => {
      clearInterval(heartbeat);
      unsubscribe();
      openStreams.delete(res);
    };
    req.on('close', end);
    res.on('error', end);
  }

  function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed', 'text/plain; charset=utf-8');
    const indexFile = path.join(staticDir, 'index.html');
    if (!existsSync(indexFile)) return send(res, 503, NOT_BUILT, 'text/html; charset=utf-8', { 'content-security-policy': CSP });
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'Bad Request', 'text/plain; charset=utf-8');
    }
    const file = path.resolve(staticDir, `.${path.posix.normalize(relative)}`);
    if (file !== staticDir && !file.startsWith(staticDir + path.sep)) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
    const isFile = existsSync(file) && statSync(file).isFile();
    // Client-side routes (no file extension) get the app; a missing asset is a plain 404.
    if (!isFile && path.extname(file)) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8');
    if (!isFile || file === indexFile) {
      const html = injectBridgeToken(readFileSync(indexFile, 'utf8'), bridgeToken);
      return send(res, 200, html, 'text/html; charset=utf-8', { 'content-security-policy': CSP, 'x-frame-options': 'DENY' });
    }
    res.writeHead(200, {
      'content-type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!allowedHost(req.headers.host)) return send(res, 403, 'Forbidden host', 'text/plain; charset=utf-8');
    if (!allowedOrigin(req.headers.origin)) return sendEnvelope(res, 403, failure('forbidden', 'Fremde Herkunft'));
    const work = url.pathname.startsWith('/api/') ? handleApi(req, res, url) : Promise.resolve(handleStatic(req, res, url));
    work.catch((error: Error) => {
      log('error', 'bridge request failed', { path: url.pathname, error: error.message });
      if (!res.headersSent) sendEnvelope(res, 500, failure('internal', 'Interner Fehler'));
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: the bridge is for this machine's browser, never for the network.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    bridgeToken,
    async close() {
      for (const stream of openStreams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
