// Electron's security checklist, in one place (STYLE.md, convention 6). The window's own settings
// are in window.ts; this file covers what applies to every web contents and the session.
import { readFile } from 'node:fs/promises';
import { app, protocol, type Session, type WebContents } from 'electron';
import type { Logger } from '../services/log.ts';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, mimeTypeOf, rendererFileFor } from './rendererFiles.ts';

/** Must run before `app` is ready: the scheme gets a real origin and counts as secure. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves renderer/dist (inside the asar when packaged) under epost://app/ with the CSP header. */
export function serveRenderer(session: Session, rendererRoot: string, log: Logger): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = rendererFileFor(rendererRoot, request.url);
    if (!file || request.method !== 'GET') {
      log('warn', 'renderer request refused', { url: request.url, method: request.method });
      return new Response('Not found', { status: 404 });
    }
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          'content-type': mimeTypeOf(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cross-origin-opener-policy': 'same-origin',
          'referrer-policy': 'no-referrer',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** Only the app's own scheme and the developer tools may load anything: no network, no files. */
export function isAllowedRequestUrl(url: string): boolean {
  return url.startsWith(`${APP_SCHEME}://`) || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:');
}

export function hardenSession(session: Session, log: Logger): void {
  // No camera, microphone, notifications, geolocation, clipboard reads, HID/USB/serial devices …
  session.setPermissionRequestHandler((contents, permission, callback) => {
    log('warn', 'permission request denied', { permission, url: contents.getURL() });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // Defence in depth behind the CSP: even a compromised page cannot reach the network or file://.
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const cancel = !isAllowedRequestUrl(details.url);
    if (cancel) log('warn', 'request blocked', { url: details.url });
    callback({ cancel });
  });
  // Belt and braces for any response that does come through the network stack (none should).
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // The spell checker would download dictionaries from a Google CDN: the app stays offline.
  session.setSpellCheckerEnabled(false);
  // Downloads are not a feature of this app; a page must not be able to write to disk.
  session.on('will-download', (event, item) => {
    log('warn', 'download refused', { url: item.getURL() });
    event.preventDefault();
  });
}

/** Applies to every web contents the app ever creates, including any it did not mean to. */
export function hardenAllWebContents(log: Logger): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    // The app is one page with client-side routing: any real navigation is an attack or a bug.
    contents.on('will-navigate', (event, url) => {
      log('warn', 'navigation denied', { url });
      event.preventDefault();
    });
    // Also covers sub-frames, which `will-navigate` does not see.
    contents.on('will-frame-navigate', (event) => {
      log('warn', 'frame navigation denied', { url: event.url });
      event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      log('warn', 'redirect denied', { url });
      event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      log('warn', 'new window denied', { url });
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => {
      log('warn', 'webview denied');
      event.preventDefault();
    });
  });
}
