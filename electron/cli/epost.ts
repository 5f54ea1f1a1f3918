#!/usr/bin/env node
// The headless command line (DESIGN.md, "Headless command line"): the same core as the desktop app.
import { Command } from 'commander';
import path from 'node:path';
import { ProcessLineSchema, type ProcessLine } from '../contract/domain.ts';
import type { Item } from '../contract/items.ts';
import { ConfigError, DEFAULT_CONFIG_PATH, loadConfig } from '../services/config.ts';
import { createCore, databasePath } from '../services/core.ts';
import { streamLogger } from '../services/log.ts';
import { openDatabase } from '../services/store/db.ts';
import { runRetention } from '../services/records/retention.ts';
import { chainHead, verifyChain } from '../services/store/audit.ts';
import { getItem } from '../services/store/items.ts';
import { serveCommand } from './serve.ts';

interface CommonOptions { config: string; data?: string }

const program = new Command()
  .name('epost')
  .description('E-Poststelle: Scans erfassen, erkennen, einordnen und verteilen')
  .showHelpAfterError();

const withCommon = (command: Command) => command
  .option('--config <file>', 'Konfigurationsdatei', DEFAULT_CONFIG_PATH)
  .option('--data <dir>', 'Datenordner (überschreibt dataDir der Konfiguration)');

const stderrLog = streamLogger((line) => process.stderr.write(line));

export function toProcessLine(file: string, item: Item, original?: Item): ProcessLine {
  const decided = original ?? item;
  return ProcessLineSchema.parse({
    file,
    id: item.id,
    pages: decided.pageCount,
    documentType: decided.documentType,
    protectionLevel: decided.protectionLevel,
    department: decided.department,
    state: item.state,
    confidence: decided.confidence,
    fields: decided.fields,
    text: decided.text,
    ...(item.state === 'quarantined' ? { error: item.error ?? 'nicht lesbar' } : {}),
    ...(item.duplicateOf ? { duplicateOf: item.duplicateOf } : {}),
  });
}

withCommon(program.command('process'))
  .description('Dateien einmal verarbeiten; die Dateien bleiben, wo sie sind')
  .argument('<files...>', 'Scans (PDF, TIFF, JPEG, PNG)')
  .option('--json', 'eine JSON-Zeile je Datei ausgeben')
  .option('--workers <n>', 'OCR-Worker (Standard: einer je Kern)', (v) => Number.parseInt(v, 10))
  .action(async (files: string[], options: CommonOptions & { json?: boolean; workers?: number }) => {
    const { config } = loadConfig(options.config, { dataDir: options.data });
    const core = await createCore({ config, log: stderrLog, ocrWorkers: options.workers });
    try {
      const results = await Promise.all(files.map(async (file) => {
        try {
          const [item] = await core.processFiles([file]);
          return toProcessLine(file, item!, item!.duplicateOf ? getItem(core.db, item!.duplicateOf) : undefined);
        } catch (error) {
          // A file we could not even claim (missing, unreadable by the OS): reported, not fatal.
          return { file, error: (error as Error).message };
        }
      }));
      for (const line of results) {
        if (options.json) process.stdout.write(`${JSON.stringify(line)}\n`);
        else if ('state' in line) process.stdout.write(`${line.file}\t${line.state}\t${line.documentType ?? '-'}\t${line.department ?? '-'}\t${line.protectionLevel ?? '-'}\t${line.confidence?.toFixed(2) ?? '-'}${line.error ? `\t${line.error}` : ''}\n`);
        else process.stdout.write(`${line.file}\tFEHLER\t${line.error}\n`);
      }
    } finally {
      await core.close();
    }
  });

withCommon(program.command('run'))
  .description('Scannerordner überwachen und verarbeiten, bis das Programm beendet wird')
  .action(async (options: CommonOptions) => {
    const { config } = loadConfig(options.config, { dataDir: options.data });
    const core = await createCore({ config, log: stderrLog });
    const intake = await core.startIntake();
    await intake.ready;
    core.startRetention();
    stderrLog('info', 'watching', { folders: config.intake.folders.map((f) => f.path), data: config.dataDir });
    const stop = async () => {
      stderrLog('info', 'stopping: finishing the items in progress');
      await intake.stop();
      await core.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

withCommon(program.command('serve'))
  .description('Dienste und Weboberfläche auf 127.0.0.1 bereitstellen (für den Browser)')
  .option('--port <n>', 'Port (Standard: frei gewählt)', (v) => Number.parseInt(v, 10))
  .option('--no-intake', 'Scannerordner nicht überwachen')
  .action(async (options: CommonOptions & { port?: number; intake: boolean }) => {
    await serveCommand({ configFile: options.config, dataDir: options.data, port: options.port, intake: options.intake, log: stderrLog });
  });

const configCommand = program.command('config').description('Konfiguration');
configCommand.command('check')
  .description('Konfigurationsdatei prüfen')
  .argument('[file]', 'Konfigurationsdatei', DEFAULT_CONFIG_PATH)
  .action((file: string) => {
    const { config } = loadConfig(file);
    process.stdout.write(`${path.resolve(file)}: in Ordnung (${config.departments.length} Abteilungen, ${config.waves.length} Wellen)\n`);
  });

const auditCommand = program.command('audit').description('Protokoll');
withCommon(auditCommand.command('verify'))
  .description('Hash-Kette des Protokolls prüfen')
  .action((options: CommonOptions) => {
    const { config } = loadConfig(options.config, { dataDir: options.data });
    const db = openDatabase(databasePath(config));
    const result = verifyChain(db);
    const head = chainHead(db);
    db.close();
    if (result.ok) {
      process.stdout.write(`Protokoll unversehrt: ${result.checked} Einträge geprüft\n`);
      // Noted outside the database (printed, filed), the newest hash also exposes a log rewritten to the end.
      process.stdout.write(`Letzter Eintrag ${head.seq}, Hash ${head.hash}\n`);
    } else {
      process.stdout.write(`Protokoll verändert: erster fehlerhafter Eintrag ${result.firstBad!.seq}: ${result.firstBad!.problem}\n`);
      process.exitCode = 3;
    }
  });

const retentionCommand = program.command('retention').description('Aufbewahrung und Löschung');
withCommon(retentionCommand.command('run'))
  .description('Scans, Seitenbilder und Text nach Ablauf der Aufbewahrungsfrist löschen (protokolliert)')
  .option('--dry-run', 'nur anzeigen, was gelöscht würde')
  .option('--json', 'eine JSON-Zeile je Schriftstück ausgeben')
  .action(async (options: CommonOptions & { dryRun?: boolean; json?: boolean }) => {
    const { config } = loadConfig(options.config, { dataDir: options.data });
    const db = openDatabase(databasePath(config));
    try {
      const result = await runRetention({ db, config, now: new Date(), actor: 'epost retention', dryRun: options.dryRun ?? false });
      for (const entry of result.entries) {
        if (options.json) process.stdout.write(`${JSON.stringify({ ...entry, dryRun: result.dryRun })}\n`);
        else process.stdout.write(`${entry.id}\t${entry.documentType ?? '-'}\t${entry.days} Tage nach ${entry.endedAt}\t${entry.deleted.join('; ')}\n`);
      }
      if (!options.json) {
        process.stdout.write(`${result.dryRun ? 'Probelauf: würde löschen' : 'Gelöscht'}: ${result.entries.length} von ${result.checked} abgeschlossenen Schriftstücken\n`);
      }
    } finally {
      db.close();
    }
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`Konfiguration fehlerhaft: ${error.file}\n${error.problems.map((p) => `  ${p.path || '(Datei)'}: ${p.message}`).join('\n')}\n`);
    process.exit(2);
  }
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
