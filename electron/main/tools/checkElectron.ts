// `npm run check:electron`: Doyensec's Electronegativity over the code that runs in Electron — main
// process, preload, the IPC transport and the renderer's page — and a non-zero exit on any finding
// of HIGH severity. Every finding is listed, so the rest can be reviewed (and is in the report).
//
// The tool's own command line is unusable here (it relies on a hoisted commander 2–7; this project
// has commander 14), so its documented programmatic entry is called instead. It reads .ts/.tsx/.js/
// .html files only: the scan runs over a copy where the preload's .cts is named .ts, and its
// TypeScript parser is old (typescript-estree 4), so files it cannot parse are reported, not hidden.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './run.ts';

interface Level { value: number; name: string }
interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  shortenedURL?: string;
  severity: Level;
  confidence: Level;
  manualReview?: boolean;
}
interface ScanResult { issues: Finding[]; errors: { file: string; message: string; tolerable: boolean }[] }
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<ScanResult>;

/** What is scanned: everything that runs in the main process, the preload, or the page. */
const SOURCES = ['electron/main', 'electron/preload', 'electron/transport/ipc.ts', 'renderer'];
const SKIP = new Set(['node_modules', 'dist', 'tools']);

function stage(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'epost-electronegativity-'));
  // package.json tells the tool the Electron version (devDependencies.electron).
  cpSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  const copy = (relative: string) => {
    const from = path.join(ROOT, relative);
    if (!existsSync(from)) return;
    if (statSync(from).isDirectory()) {
      for (const entry of readdirSync(from)) if (!SKIP.has(entry)) copy(path.join(relative, entry));
      return;
    }
    if (!/\.(ts|tsx|cts|mts|js|cjs|mjs|html)$/.test(relative) || relative.endsWith('.d.ts')) return;
    // The scanner only knows .ts/.js: give module-flavoured files a name it reads.
    const target = relative.replace(/\.c?m?ts$/, '.ts').replace(/\.[cm]js$/, '.js');
    cpSync(from, path.join(dir, target));
  };
  SOURCES.forEach(copy);
  return dir;
}

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as Runner;
const dir = stage();
let result: ScanResult;
try {
  result = await run({
    input: dir,
    isRelative: true,
    severitySet: 'informational',
    confidenceSet: 'tentative',
    customScan: [],
    // This check downloads Electron's release list from the internet on every run; CI is offline.
    // Keeping Electron current is a dependency-update matter, not something to scan source for.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  }, false);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const order = (finding: Finding) => -finding.severity.value * 10 - finding.confidence.value;
const findings = [...result.issues].sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
for (const f of findings) {
  process.stdout.write(`${f.severity.name.padEnd(13)} ${f.confidence.name.padEnd(9)} ${f.id.padEnd(42)} ${f.file}:${f.location.line}:${f.location.column}${f.manualReview ? '  (review)' : ''}\n`);
}
for (const error of result.errors) {
  process.stdout.write(`${error.tolerable ? 'warning' : 'NOT SCANNED'}: ${error.file}: ${error.message}\n`);
}
const high = findings.filter((f) => f.severity.name === 'HIGH');
const unparsed = result.errors.filter((e) => !e.tolerable);
process.stdout.write(`\nelectronegativity: ${findings.length} findings (${high.length} HIGH), ${unparsed.length} files not scanned\n`);
if (high.length > 0) {
  process.stderr.write('check:electron failed: findings of HIGH severity (see above).\n');
  process.exit(1);
}
if (unparsed.some((e) => !e.file.startsWith('renderer'))) {
  // A main-process file the scanner cannot read is a file nobody checked.
  process.stderr.write('check:electron failed: main-process files could not be scanned (see above).\n');
  process.exit(1);
}
