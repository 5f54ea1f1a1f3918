// The desktop app's log: JSON lines in <userData>/logs/epost.log, rotated by size so a PC that runs
// for months never fills its disk. Written synchronously: a line logged just before a crash is on
// disk. Plain Node: no electron import.
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { streamLogger, type Logger, type LogLevel } from '../services/log.ts';

export interface RotatingLogOptions {
  dir: string;
  /** File name without extension; rotated files are `<name>.1.log` (newest) … `<name>.<keep>.log`. */
  name?: string;
  maxBytes?: number;
  /** How many rotated files to keep besides the current one. */
  keep?: number;
  minimum?: LogLevel;
  /** Where a line goes when the file cannot be written (disk full, folder gone). */
  fallback?: (line: string) => void;
}

export interface RotatingLog {
  log: Logger;
  readonly file: string;
}

export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const name = options.name ?? 'epost';
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const keep = Math.max(1, options.keep ?? 5);
  const fallback = options.fallback ?? ((line: string) => process.stderr.write(line));
  const file = path.join(options.dir, `${name}.log`);
  const rotated = (n: number) => path.join(options.dir, `${name}.${n}.log`);
  mkdirSync(options.dir, { recursive: true });
  let size = 0;
  try {
    size = statSync(file).size;
  } catch {
    size = 0;
  }

  function rotate() {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      try { renameSync(rotated(n), rotated(n + 1)); } catch { /* that generation does not exist yet */ }
    }
    renameSync(file, rotated(1));
    size = 0;
  }

  function write(line: string) {
    const bytes = Buffer.byteLength(line);
    try {
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, line);
      size += bytes;
    } catch {
      // Logging must never take the app down.
      fallback(line);
    }
  }

  return { log: streamLogger(write, options.minimum ?? 'info'), file };
}

/** Sends every line to several loggers (the file, and stderr when started from a terminal). */
export function teeLogger(...loggers: Logger[]): Logger {
  return (level, message, data) => {
    for (const log of loggers) log(level, message, data);
  };
}
