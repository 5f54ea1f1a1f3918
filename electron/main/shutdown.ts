// Crash-safe shutdown: stop taking new scans, let the items in flight finish (OCR workers drained),
// close the database, release the locks — in that order, each step even if an earlier one failed,
// and all of it within a time limit so a hung worker cannot keep the app from quitting. Whatever is
// cut off is picked up on the next start: the claim protocol resumes interrupted items.
// Plain Node: no electron import.
import type { Logger } from '../services/log.ts';

export interface ShutdownStep {
  name: string;
  /** Steps run by ascending order, whatever order start-up registered them in. */
  order: number;
  run: () => Promise<void> | void;
}

/** The order of a crash-safe stop: no new scans, finish those in flight, stop talking, close the store. */
export const SHUTDOWN_ORDER = { intake: 10, transport: 20, api: 30, core: 40, locks: 90 } as const;

export interface ShutdownResult {
  /** Every step finished within the time limit. */
  completed: boolean;
  failed: string[];
}

export interface Shutdown {
  /** Registers a step; ignored (and logged) once the shutdown has begun. */
  add(step: ShutdownStep): void;
  /** Runs the steps once; later calls return the same promise. */
  run(reason: string): Promise<ShutdownResult>;
  readonly started: boolean;
}

export function createShutdown(options: { log: Logger; timeoutMs?: number }): Shutdown {
  const steps: ShutdownStep[] = [];
  const timeoutMs = options.timeoutMs ?? 30_000;
  let running: Promise<ShutdownResult> | null = null;

  async function runSteps(): Promise<string[]> {
    const failed: string[] = [];
    for (const step of [...steps].sort((a, b) => a.order - b.order)) {
      try {
        await step.run();
        options.log('info', 'shutdown step done', { step: step.name });
      } catch (error) {
        failed.push(step.name);
        options.log('error', 'shutdown step failed', { step: step.name, error: (error as Error).message });
      }
    }
    return failed;
  }

  return {
    add(step) {
      if (running) {
        options.log('warn', 'shutdown step registered too late', { step: step.name });
        return;
      }
      steps.push(step);
    },
    get started() { return running !== null; },
    run(reason) {
      if (running) return running;
      options.log('info', 'shutting down', { reason });
      running = (async () => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
        const outcome = await Promise.race([runSteps(), timeout]);
        clearTimeout(timer);
        if (outcome === 'timeout') {
          options.log('error', 'shutdown timed out; interrupted items resume on the next start', { timeoutMs });
          return { completed: false, failed: [] };
        }
        return { completed: outcome.length === 0, failed: outcome };
      })();
      return running;
    },
  };
}
