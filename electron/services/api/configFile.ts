// Writes a changed configuration back to its YAML file: only the nodes that changed are replaced, so
// IT's comments and layout in the rest of the file survive; the write is atomic (temp file, fsync,
// rename), so a crash leaves the old file or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parse as parseYaml, parseDocument, type Document } from 'yaml';
import { PROTECTION_LEVELS } from '../../contract/domain.ts';
import type { Config } from '../../contract/config.ts';
import { parseConfig, resolvePaths } from '../config.ts';

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The configuration as it should stand in the file: the file's own data folder (a `--data` override
 * is never persisted), folders relative to the file, a rollout that is the same for every level
 * written as one word.
 */
function toFileForm(config: Config, base: string, fileDataDir: unknown): Plain {
  return {
    ...config,
    dataDir: fileDataDir,
    intake: {
      ...config.intake,
      folders: config.intake.folders.map((folder) => ({ ...folder, path: path.relative(base, folder.path) || '.' })),
    },
    departments: config.departments.map((department) => {
      const states = PROTECTION_LEVELS.map((level) => department.rollout[level]);
      return { ...department, rollout: states.every((state) => state === states[0]) ? states[0] : department.rollout };
    }),
  };
}

function applyChanges(doc: Document, at: (string | number)[], before: unknown, after: unknown): void {
  if (isDeepStrictEqual(before, after)) return;
  const node = at.length === 0 ? doc.contents : doc.getIn(at, true);
  if (isPlain(before) && isPlain(after) && isMap(node)) {
    for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...at, key]);
    for (const [key, value] of Object.entries(after)) applyChanges(doc, [...at, key], before[key], value);
  } else if (Array.isArray(before) && Array.isArray(after) && isSeq(node) && before.length === after.length) {
    after.forEach((value, index) => applyChanges(doc, [...at, index], before[index], value));
  } else if (after === undefined) {
    doc.deleteIn(at);
  } else {
    doc.setIn(at, doc.createNode(after));
  }
}

/** Writes `next` into the file, changing only what differs from the file's current content. */
export async function writeConfigFile(file: string, next: Config): Promise<void> {
  const text = await readFile(file, 'utf8');
  const base = path.dirname(path.resolve(file));
  const raw = parseYaml(text) as Plain;
  const doc = parseDocument(text);
  const before = toFileForm(resolvePaths(parseConfig(text, file), file), base, raw['dataDir']);
  applyChanges(doc, [], before, toFileForm(next, base, raw['dataDir']));
  const output = doc.toString();
  parseConfig(output, file); // never write a file the next start could not read
  const temporary = path.join(base, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'w', 0o644);
  try {
    await handle.writeFile(output, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Key paths whose values differ, for the audit row: "departments.4.rollout.high: paper → pilot". */
export function changedPaths(before: unknown, after: unknown, at = '', out: { path: string; from: unknown; to: unknown }[] = []) {
  if (isDeepStrictEqual(before, after) || out.length >= 50) return out;
  if (isPlain(before) && isPlain(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) changedPaths(before[key], after[key], at ? `${at}.${key}` : key, out);
  } else if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    before.forEach((value, index) => changedPaths(value, after[index], at ? `${at}.${index}` : String(index), out));
  } else {
    out.push({ path: at, from: before ?? null, to: after ?? null });
  }
  return out;
}
