// Which configuration the desktop app runs with. In order: command line (`--config`, `--data`,
// `--close-to-tray`, `--no-intake`; `--user-data DIR` picks the profile itself), environment
// (EPOST_CONFIG, EPOST_DATA: IT can set them machine-wide), the user's desktop.json in the user
// data folder, then the default: the repository's demo config during development, a copy of it in
// the user data folder when installed (the app folder is read-only and the demo's relative
// `../data` would point into it). Plain Node: no electron import.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { z } from 'zod';

export const DesktopSettingsSchema = z.object({
  configFile: z.string().min(1).optional(),
  dataDir: z.string().min(1).optional(),
  /** Closing the window keeps the app (and the scanner intake) running in the tray. */
  closeToTray: z.boolean().default(false),
  /** Watch the scanner folders. Off on department PCs, which only work their queues. */
  intake: z.boolean().default(true),
  logLevel: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
}).strict();
export type DesktopSettings = z.infer<typeof DesktopSettingsSchema>;

export interface Launch {
  configFile: string;
  dataDir: string | undefined;
  closeToTray: boolean;
  intake: boolean;
  logLevel: DesktopSettings['logLevel'];
  /** Problems with desktop.json: reported in the log, defaults used instead. */
  warnings: string[];
}

export interface LaunchInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  userData: string;
  isPackaged: boolean;
  /** The demo configuration shipped with the app (seeds/config.yaml). */
  demoConfigFile: string;
}

export const SETTINGS_FILE = 'desktop.json';

export function readDesktopSettings(file: string): { settings: DesktopSettings; warnings: string[] } {
  const defaults = DesktopSettingsSchema.parse({});
  if (!existsSync(file)) return { settings: defaults, warnings: [] };
  try {
    const parsed = DesktopSettingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (parsed.success) return { settings: parsed.data, warnings: [] };
    return { settings: defaults, warnings: parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(Datei)'}: ${i.message}`) };
  } catch (error) {
    return { settings: defaults, warnings: [`${file}: ${(error as Error).message}`] };
  }
}

function parseLaunchArgs(argv: readonly string[]) {
  // strict: false because Chromium and Playwright add switches of their own.
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: { config: { type: 'string' }, data: { type: 'string' }, 'close-to-tray': { type: 'boolean' }, 'no-intake': { type: 'boolean' } },
  });
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
  return {
    config: text(values.config),
    data: text(values.data),
    closeToTray: values['close-to-tray'] === true ? true : undefined,
    intake: values['no-intake'] === true ? false : undefined,
  };
}

/** `--user-data DIR`: read before anything else, because the user data folder holds the rest. */
export function userDataArgument(argv: readonly string[]): string | undefined {
  const { values } = parseArgs({ args: [...argv], strict: false, allowPositionals: true, options: { 'user-data': { type: 'string' } } });
  const value = values['user-data'];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export function resolveLaunch(inputs: LaunchInputs): Launch {
  const args = parseLaunchArgs(inputs.argv);
  const { settings, warnings } = readDesktopSettings(path.join(inputs.userData, SETTINGS_FILE));
  const fromUser = args.config ?? inputs.env['EPOST_CONFIG'] ?? settings.configFile;
  let configFile: string;
  if (fromUser) configFile = path.resolve(fromUser);
  else if (inputs.isPackaged) configFile = ensureUserConfig(path.join(inputs.userData, 'config.yaml'), inputs.demoConfigFile);
  else configFile = inputs.demoConfigFile;
  const dataDir = args.data ?? inputs.env['EPOST_DATA'] ?? settings.dataDir;
  return {
    configFile,
    dataDir: dataDir ? path.resolve(dataDir) : undefined,
    closeToTray: args.closeToTray ?? settings.closeToTray,
    intake: args.intake ?? settings.intake,
    logLevel: settings.logLevel,
    warnings,
  };
}

/**
 * First start of an installed app: a copy of the demo config whose data and scanner folders lie
 * beside it in the user data folder. Comments are kept so IT can read what each key means.
 */
export function ensureUserConfig(target: string, demoConfigFile: string): string {
  if (existsSync(target)) return target;
  const document = parseDocument(readFileSync(demoConfigFile, 'utf8'));
  document.setIn(['dataDir'], './data');
  document.setIn(['intake', 'folders', 0, 'path'], './inbox');
  mkdirSync(path.dirname(target), { recursive: true });
  // The demo's accounts come along, like the demo's departments: a demo is what this is.
  const demoUsers = usersFileFor(demoConfigFile);
  const users = usersFileFor(target);
  if (existsSync(demoUsers) && !existsSync(users)) copyFileSync(demoUsers, users);
  writeFileSync(target, String(document), { flag: 'wx' });
  return target;
}

/**
 * The accounts imported on a first start (empty users table): `users.yaml` beside the config. A
 * real installation ships none and has IT create the accounts instead of public demo passwords.
 */
export function usersFileFor(configFile: string): string {
  return path.join(path.dirname(configFile), 'users.yaml');
}
