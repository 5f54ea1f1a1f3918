// `epost serve`: the services (core, intake, API) plus the web UI on 127.0.0.1, for a browser.
// On first start the demo accounts of seeds/users.yaml are imported (demo only: change them).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createDispatcher } from '../services/api/dispatcher.ts';
import { loadConfig } from '../services/config.ts';
import { createCore } from '../services/core.ts';
import type { Logger } from '../services/log.ts';
import { DEFAULT_USERS_PATH, importSeedUsers, SeedUsersSchema } from '../services/users.ts';
import { RENDERER_DIST, startHttpBridge } from '../transport/http.ts';

export interface ServeOptions { configFile: string; dataDir?: string; port?: number; intake: boolean; log: Logger }

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts everything and returns once the bridge listens (used by the command and by tests). */
export async function startServer(options: ServeOptions & { usersFile?: string; print?: (line: string) => void }): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const { file, config } = loadConfig(options.configFile, { dataDir: options.dataDir });
  const core = await createCore({ config, log: options.log });
  const usersFile = options.usersFile ?? DEFAULT_USERS_PATH;
  const imported = await importSeedUsers(core.db, usersFile, config.departments.map((d) => d.code), core.clock().toISOString());
  if (imported > 0) options.log('info', 'demo accounts imported', { file: usersFile, count: imported });
  const dispatcher = createDispatcher({ core, configFile: file });
  const intake = options.intake ? await core.startIntake() : undefined;
  await intake?.ready;
  core.startRetention();
  const bridge = await startHttpBridge({ dispatcher, port: options.port, log: options.log });

  print(`E-Poststelle läuft: ${bridge.url}`);
  print(`  Konfiguration: ${file}`);
  print(`  Daten:         ${config.dataDir}`);
  print(intake ? `  Scannerordner: ${config.intake.folders.map((f) => f.path).join(', ')}` : '  Scannerordner: nicht überwacht (--no-intake)');
  if (!existsSync(path.join(RENDERER_DIST, 'index.html'))) print('  Hinweis: Weboberfläche nicht gebaut (npm run build:renderer)');
  print('Anmelden im Browser mit einem Konto. Demo-Konten aus seeds/users.yaml (nur für die Vorführung!):');
  const seeds = SeedUsersSchema.safeParse(parseYaml(readFileSync(usersFile, 'utf8')));
  if (seeds.success) {
    for (const user of seeds.data.users) {
      print(`  ${user.username.padEnd(16)} ${user.password.padEnd(22)} ${user.role}${user.department ? ` ${user.department}` : ''}  (${user.displayName})`);
    }
  }

  return {
    url: bridge.url,
    async stop() {
      await bridge.close();
      dispatcher.close();
      await intake?.stop();
      await core.close();
    },
  };
}

export async function serveCommand(options: ServeOptions): Promise<void> {
  const server = await startServer(options);
  const stop = async () => {
    options.log('info', 'stopping: finishing the items in progress');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
