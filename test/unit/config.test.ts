import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ConfigError, DEFAULT_CONFIG_PATH, loadConfig, parseConfig } from '../../electron/services/config.ts';
import { readFileSync } from 'node:fs';

const demoText = readFileSync(DEFAULT_CONFIG_PATH, 'utf8');
// The demo file as plain data, loosely typed: each test breaks it in its own way.
interface RawConfig {
  [key: string]: unknown;
  departments: Record<string, unknown>[];
  waves: { departments: string[] }[];
  routing: Record<string, unknown> & { rules: unknown[] };
  intake: Record<string, unknown>;
}
const demo = () => parse(demoText) as RawConfig;

function problemsFor(raw: unknown): { path: string; message: string }[] {
  try {
    parseConfig(stringify(raw), 'test.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('seeds/config.yaml', () => {
  it('holds exactly the demo organisation of DESIGN.md with today\'s rollout', () => {
    const { config } = loadConfig();
    expect(config.departments.map((d) => d.code)).toEqual([
      '0.10', '1.10', '1.20', '1.30', '1.40', '1.50', '3.10.20', '3.30', '5.10', '5.20', '5.30', '6.30', '9.40.20', '9.50.30', '9.60.10',
    ]);
    const finance = config.departments.find((d) => d.code === '1.40')!;
    expect(finance.name).toBe('Finanzservice');
    expect(finance.rollout).toEqual({ normal: 'pilot', high: 'pilot', 'very-high': 'pilot' });
    expect(config.departments.filter((d) => d.code !== '1.40').every((d) => d.rollout.normal === 'paper')).toBe(true);
    expect(config.waves.map((w) => [w.date, w.departments])).toEqual([
      ['2027-01-15', ['0.10', '1.10', '1.20', '1.30', '1.50']],
      ['2027-04-15', ['3.10.20', '3.30', '9.40.20', '9.50.30', '9.60.10']],
    ]);
  });

  it('resolves relative paths against the config file, and --data overrides the data folder', () => {
    const seeds = path.dirname(DEFAULT_CONFIG_PATH);
    expect(loadConfig().config.dataDir).toBe(path.resolve(seeds, '../data'));
    expect(loadConfig().config.intake.folders[0]!.path).toBe(path.resolve(seeds, '../inbox'));
    expect(loadConfig(DEFAULT_CONFIG_PATH, { dataDir: '/tmp/x' }).config.dataDir).toBe('/tmp/x');
  });
});

describe('config errors name the key path and the problem', () => {
  it('an unknown rollout state', () => {
    const raw = demo();
    raw.departments[4]!.rollout = { normal: 'live', high: 'sometimes', 'very-high': 'paper' };
    const problems = problemsFor(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('departments.4.rollout.high');
    expect(problems[0]!.message).toMatch(/paper|pilot|live/);
  });

  it('a wave naming a department that does not exist', () => {
    const raw = demo();
    raw.waves[0]!.departments.push('7.77');
    expect(problemsFor(raw)).toEqual([{ path: 'waves.0.departments.5', message: 'unbekannte Abteilung 7.77' }]);
  });

  it('a missing key, a wrong type and a misspelt key', () => {
    const raw = demo();
    delete raw.organisation;
    raw.routing.confidenceThreshold = 'hoch';
    raw.intake.settleSecs = 3;
    const paths = problemsFor(raw).map((p) => p.path).sort();
    expect(paths).toEqual(['intake', 'organisation', 'routing.confidenceThreshold']);
  });

  it('a duplicate department code and an invalid regular expression in a rule', () => {
    const raw = demo();
    raw.departments.push({ code: '1.40', name: 'Doppelt', rollout: 'paper' });
    raw.routing.rules = [{ id: 'r1', pattern: '([a-z', department: '1.40' }];
    const problems = problemsFor(raw);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['departments.15.code', 'routing.rules.0.pattern']));
  });

  it('broken YAML names the line', () => {
    expect(() => parseConfig('organisation: [unclosed\n  dataDir: x', 'bad.yaml')).toThrow(/kein gültiges YAML \(Zeile \d+\)/);
  });

  it('a file that does not exist', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-'));
    expect(() => loadConfig(path.join(dir, 'missing.yaml'))).toThrow(/ENOENT/);
    writeFileSync(path.join(dir, 'empty.yaml'), '');
    expect(() => loadConfig(path.join(dir, 'empty.yaml'))).toThrow(ConfigError);
  });
});
