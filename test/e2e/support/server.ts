// Starts `epost serve` as its own process (the real command line) on a temporary data folder, a
// temporary scanner inbox and a copy of the demo configuration with a short settle time.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { renderLetter } from './letters.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface EpostServer {
  url: string;
  inbox: string;
  dataDir: string;
  configFile: string;
  /** Writes a letter into the scanner inbox the way a scanner does: complete file, then visible. */
  dropLetter(name: string, lines: string[]): Promise<void>;
  /** Any bytes, the same way (e.g. a scan the scanner broke off). */
  dropFile(name: string, bytes: Buffer | string): void;
  /** Calls the API from outside the browser, as the page does (bridge token + optional session). */
  call(method: string, input: unknown, session?: string | null): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  signInToken(username: string, password: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startEpostServer(): Promise<EpostServer> {
  const base = mkdtempSync(path.join(os.tmpdir(), 'epost-e2e-'));
  const inbox = path.join(base, 'inbox');
  const dataDir = path.join(base, 'data');
  const configFile = path.join(base, 'config.yaml');
  const config = parse(readFileSync(path.join(ROOT, 'seeds/config.yaml'), 'utf8')) as Record<string, unknown> & {
    intake: Record<string, unknown>; ocr: Record<string, unknown>;
  };
  config['dataDir'] = dataDir;
  config.intake = { ...config.intake, folders: [{ path: inbox, scanner: 'E2E-Scanner' }], settleSeconds: 0.5 };
  // Two cores on the test machine: one OCR worker leaves the other for Chromium and the server.
  config.ocr = { ...config.ocr, workers: 1 };
  writeFileSync(configFile, stringify(config));

  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'electron/cli/epost.ts'), 'serve', '--config', configFile, '--port', '0'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`epost serve did not start in time:\n${out}\n${log}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) { clearTimeout(timer); resolve(match[1]!); }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`epost serve exited with ${code}:\n${out}\n${log}`)); });
  });

  // What any local process can do: read the served page for the bridge token (the sign-in protects the data).
  const html = await (await fetch(url)).text();
  const bridgeToken = /<meta name="epost-bridge-token" content="([^"]+)"/.exec(html)?.[1];
  if (!bridgeToken) throw new Error('bridge token missing in the served page');

  const call: EpostServer['call'] = async (method, input, session) => {
    const response = await fetch(`${url}api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-epost-bridge': bridgeToken, ...(session ? { authorization: `Bearer ${session}` } : {}) },
      body: JSON.stringify(input),
    });
    return response.json() as Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  };

  function dropFile(name: string, bytes: Buffer | string): void {
    const partial = path.join(base, `${name}.partial`);
    writeFileSync(partial, bytes);
    renameSync(partial, path.join(inbox, name));
  }

  return {
    url, inbox, dataDir, configFile, call,
    async dropLetter(name, lines) {
      dropFile(name, await renderLetter(lines));
    },
    dropFile,
    async signInToken(username, password) {
      const answer = await call('session.signIn', { username, password });
      if (!answer.ok) throw new Error(`sign-in failed: ${answer.error?.message}`);
      return (answer.value as { token: string }).token;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}
