// `epost serve`: placeholder until the HTTP bridge lands (issue 5).
import type { Logger } from '../services/log.ts';

export interface ServeOptions { configFile: string; dataDir?: string; port?: number; intake: boolean; log: Logger }

export async function serveCommand(_options: ServeOptions): Promise<void> {
  throw new Error('epost serve: die Weboberfläche ist noch nicht gebaut');
}
