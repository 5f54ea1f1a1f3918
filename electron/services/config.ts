// Loads and checks the configuration file. Errors name the key path and the problem, so IT can fix
// the file without reading code: "departments.4.rollout.high: Invalid option: expected one of …".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { ConfigSchema, type Config } from '../contract/config.ts';

export const DEFAULT_CONFIG_PATH = fileURLToPath(new URL('../../seeds/config.yaml', import.meta.url));

export interface ConfigProblem { path: string; message: string }

export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly file: string;
  readonly problems: ConfigProblem[];
  constructor(file: string, problems: ConfigProblem[]) {
    super(`${file}: ${problems.map((p) => `${p.path || '(Datei)'}: ${p.message}`).join('; ')}`);
    this.file = file;
    this.problems = problems;
  }
}

/** A loaded config with every path made absolute, and where it came from. */
export interface LoadedConfig {
  file: string;
  config: Config;
}

export function problemsOf(error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

export function parseConfig(text: string, file: string): Config {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (Zeile ${error.linePos[0].line})` : '';
    throw new ConfigError(file, [{ path: '', message: `kein gültiges YAML${where}: ${(error as Error).message}` }]);
  }
  const result = ConfigSchema.safeParse(raw);
  if (!result.success) throw new ConfigError(file, problemsOf(result.error));
  return result.data;
}

/** Relative paths in the file are relative to the file's folder, not to the working directory. */
export function resolvePaths(config: Config, file: string, overrides: { dataDir?: string } = {}): Config {
  const base = path.dirname(path.resolve(file));
  return {
    ...config,
    dataDir: path.resolve(overrides.dataDir ?? path.resolve(base, config.dataDir)),
    intake: {
      ...config.intake,
      folders: config.intake.folders.map((folder) => ({ ...folder, path: path.resolve(base, folder.path) })),
    },
  };
}

export function loadConfig(file = DEFAULT_CONFIG_PATH, overrides: { dataDir?: string } = {}): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, [{ path: '', message: `Datei nicht lesbar: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  return { file: path.resolve(file), config: resolvePaths(parseConfig(text, file), file, overrides) };
}
