import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Vitest global setup: every test (and every process it starts) makes its temporary folders
// under one run folder, removed when the run ends, so test runs leave nothing in /tmp.
export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'epost-vitest-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
