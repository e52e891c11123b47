import { ConsoleLogger, LogLevel } from '@nestjs/common';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Structured JSON logs (one object per line). Nothing personal is ever passed to a logger. */
export function createLogger(level: 'error' | 'warn' | 'log' | 'debug' | 'verbose', context: string): ConsoleLogger {
  return new ConsoleLogger(context, { json: true, logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1), colors: false });
}
