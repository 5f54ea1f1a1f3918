// `epost process seeds/samples/* --json` as a user runs it: a real child process, real OCR.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DocumentTypeSchema, FieldsSchema, ProcessLineSchema, ProtectionLevelSchema, type ProcessLine } from '../../electron/contract/domain.ts';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../..');
const samplesDir = path.join(repo, 'seeds/samples');
const ExpectedSchema = z.record(z.string(), z.object({
  documentType: DocumentTypeSchema,
  protectionLevel: ProtectionLevelSchema,
  department: z.string().nullable(),
  fields: FieldsSchema,
}).loose());
const expected = ExpectedSchema.parse(JSON.parse(readFileSync(path.join(samplesDir, 'expected.json'), 'utf8')));
const sampleFiles = Object.keys(expected).map((name) => path.join(samplesDir, name));

const typographic = (text: string) => text.replace(/[–—‐]/g, '-').replace(/[„“”]/g, '"').replace(/[‚‘’]/g, "'").replace(/\s+/g, ' ').trim();

const FREE_TEXT_FIELDS = new Set(['sender', 'subject']);

/** 1 − normalised edit distance: 1 for equal strings, 0 for nothing in common. */
function similarity(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return 1 - previous[b.length]! / Math.max(a.length, b.length, 1);
}

let lines: ProcessLine[];
let dataDir: string;
let corrupt: string;
let exitCode = 0;

beforeAll(async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cli-'));
  dataDir = path.join(root, 'data');
  corrupt = path.join(root, 'kaputt.tif');
  writeFileSync(corrupt, Buffer.concat([Buffer.from('II*\0'), Buffer.alloc(64, 7)])); // a TIFF header, then garbage
  try {
    const { stdout } = await run(process.execPath, [path.join(repo, 'electron/cli/epost.ts'), 'process', ...sampleFiles, corrupt, '--json', '--data', dataDir],
      { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
    lines = stdout.trim().split('\n').map((line) => ProcessLineSchema.parse(JSON.parse(line)));
  } catch (error) {
    exitCode = (error as { code?: number }).code ?? 1;
    throw error;
  }
}, 300_000);

describe('epost process --json', () => {
  it('exits 0 and prints one valid line per file, in the order given', () => {
    expect(exitCode).toBe(0);
    expect(lines.map((l) => l.file)).toEqual([...sampleFiles, corrupt]);
  });

  it('reports the corrupt file as quarantined with a reason, and keeps it in quarantine', () => {
    const line = lines.at(-1)!;
    expect(line.state).toBe('quarantined');
    expect(line.error).toMatch(/nicht lesbar/);
    expect(readdirSync(path.join(dataDir, 'quarantine')).some((name) => name.endsWith('-kaputt.tif'))).toBe(true);
    expect(existsSync(corrupt)).toBe(true); // process leaves the caller's files where they are
  });

  it.each(Object.keys(expected))('classifies %s as expected', (name) => {
    const line = lines.find((l) => path.basename(l.file) === name)!;
    const want = expected[name]!;
    expect({ documentType: line.documentType, department: line.department, protectionLevel: line.protectionLevel })
      .toEqual({ documentType: want.documentType, department: want.department, protectionLevel: want.protectionLevel });
    expect(line.pages).toBeGreaterThan(0);
    expect(line.text.length).toBeGreaterThan(50);
    for (const [field, value] of Object.entries(want.fields)) {
      if (field === 'receivedAt') continue; // the copy's receipt date is the day of the test run
      const got = line.fields[field as keyof typeof line.fields];
      if (FREE_TEXT_FIELDS.has(field) && typeof got === 'string' && typeof value === 'string') {
        // Sender and subject are transcribed as written: a misread character (»/« as »l«) is an
        // OCR error, not a wrong field. Structured fields below must match exactly.
        expect.soft(similarity(typographic(got), typographic(value)), `${name}: ${field} »${got}«`).toBeGreaterThanOrEqual(0.9);
      } else {
        expect.soft(got, `${name}: ${field}`).toEqual(value);
      }
    }
  });
});
