// The loopback HTTP bridge over the real dispatcher and store: loopback only, the bridge token on
// every request, envelopes, the built renderer with the token injected, and server-sent events.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_HEADER, startHttpBridge, type HttpBridge } from '../../electron/transport/http.ts';
import { ACCOUNTS, createApiHarness, type ApiHarness } from '../support/apiHarness.ts';

let h: ApiHarness;
let bridge: HttpBridge;
let unbuilt: HttpBridge;
let staticDir: string;

beforeAll(async () => {
  h = await createApiHarness();
  staticDir = mkdtempSync(path.join(os.tmpdir(), 'epost-dist-'));
  mkdirSync(path.join(staticDir, 'assets'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>E-Poststelle</title></head><body><div id="root"></div></body></html>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  bridge = await startHttpBridge({ dispatcher: h.dispatcher, staticDir });
  unbuilt = await startHttpBridge({ dispatcher: h.dispatcher, staticDir: path.join(staticDir, 'missing') });
});
afterAll(async () => {
  await bridge.close();
  await unbuilt.close();
  h.close();
});

const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${bridge.url}api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const withToken = (session?: string) => ({ [BRIDGE_HEADER]: bridge.bridgeToken, ...(session ? { authorization: `Bearer ${session}` } : {}) });

async function signIn(account: keyof typeof ACCOUNTS): Promise<string> {
  const answer = await (await post('session.signIn', ACCOUNTS[account], withToken())).json() as { ok: true; value: { token: string } };
  return answer.value.token;
}

function rawGet(pathname: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: bridge.port, path: pathname, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject).end();
  });
}

describe('HTTP bridge', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const external = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: external.address, port: bridge.port });
        socket.once('connect', () => { socket.destroy(); resolve(false); });
        socket.once('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    }
  });

  it('refuses API requests without the bridge token, or with a wrong one', async () => {
    const none = await post('session.current', {});
    expect(none.status).toBe(403);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await post('session.current', {}, { [BRIDGE_HEADER]: 'x'.repeat(43) })).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await rawGet('/', { host: `evil.example:${bridge.port}` })).status).toBe(403);
    const foreign = await post('session.current', {}, { ...withToken(), origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
  });

  it('answers envelopes; an unknown method is a 404 envelope', async () => {
    const unknown = await post('items.explode', {}, withToken());
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(await (await post('items.reviewQueue', {}, withToken())).json()).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const token = await signIn('mailroom');
    expect(await (await post('session.current', {}, withToken(token))).json()).toMatchObject({ ok: true, value: { user: { username: 'poststelle' } } });
    const broken = await fetch(`${bridge.url}api/session.current`, { method: 'POST', headers: withToken(), body: '{nope' });
    expect(broken.status).toBe(400);
  });

  it('serves the renderer with the bridge token in index.html, and assets as files', async () => {
    for (const route of ['/', '/pruefplatz']) {
      const page = await fetch(new URL(route, bridge.url));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await page.text()).toContain(`<meta name="epost-bridge-token" content="${bridge.bridgeToken}">`);
    }
    const asset = await fetch(new URL('/assets/app.js', bridge.url));
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(new URL('/assets/missing.js', bridge.url))).status).toBe(404);
    // Nothing outside the renderer folder, however the path is spelled.
    writeFileSync(path.join(path.dirname(staticDir), `${path.basename(staticDir)}-secret.txt`), 'GEHEIM');
    for (const sneaky of [`/../${path.basename(staticDir)}-secret.txt`, `/assets/..%2f..%2f${path.basename(staticDir)}-secret.txt`, '/%2e%2e/%2e%2e/etc/passwd']) {
      const answer = await rawGet(sneaky, { host: `127.0.0.1:${bridge.port}` });
      expect(answer.body).not.toContain('GEHEIM');
      expect(answer.body).not.toContain('root:');
    }
  });

  it('says clearly when the renderer is not built', async () => {
    const page = await fetch(unbuilt.url);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build:renderer');
  });

  it('delivers items.changed over server-sent events, only with both tokens', async () => {
    const clerk = await signIn('clerk140');
    const eventsUrl = (bridgeToken: string, session: string) => `${bridge.url}api/events?bridge=${encodeURIComponent(bridgeToken)}&session=${encodeURIComponent(session)}`;
    expect((await fetch(eventsUrl('wrong', clerk))).status).toBe(403);
    expect((await fetch(eventsUrl(bridge.bridgeToken, 'wrong'))).status).toBe(401);

    const controller = new AbortController();
    const stream = await fetch(eventsUrl(bridge.bridgeToken, clerk), { signal: controller.signal });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    const id = await h.addItem({ department: '1.40', state: 'routed' });
    expect(await (await post('items.claim', { id }, withToken(clerk))).json()).toMatchObject({ ok: true });

    let received = '';
    const decoder = new TextDecoder();
    const deadline = Date.now() + 5000;
    while (!received.includes(`"state":"claimed"`) && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value);
    }
    controller.abort();
    expect(received).toContain('event: items.changed');
    expect(received).toContain(`data: {"id":"${id}","state":"claimed","department":"1.40"}`);
  });
});
