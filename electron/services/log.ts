// A small structured logger; the desktop shell writes it to a rotating file, the CLI to stderr.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type Logger = (level: LogLevel, message: string, data?: Record<string, unknown>) => void;

export const silentLogger: Logger = () => {};

export function streamLogger(write: (line: string) => void, minimum: LogLevel = 'info'): Logger {
  const order: LogLevel[] = ['debug', 'info', 'warn', 'error'];
  return (level, message, data) => {
    if (order.indexOf(level) < order.indexOf(minimum)) return;
    write(`${JSON.stringify({ at: new Date().toISOString(), level, message, ...data })}\n`);
  };
}
