// Structured logs for `lantern serve` and `lantern worker`: pino, one JSON object a line on standard output.
import { pino } from 'pino';
import { LanternError } from '../lib/errors.ts';

/** A logger (pino's). */
export type Log = pino.Logger;

/** The levels LANTERN_LOG_LEVEL accepts, most severe first. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A JSON-lines logger at `level` writing to `out`; `command` names the process (serve, worker) in every line. */
export function createLog(level: string, out: { write(line: string): unknown }, command: string): Log {
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    throw new LanternError(
      'usage',
      `LANTERN_LOG_LEVEL=${JSON.stringify(level)}: expected one of ${LOG_LEVELS.join(', ')}`,
    );
  return pino(
    {
      level,
      base: { name: 'lantern', command, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    out,
  );
}

/**
 * A URL or a message with URLs in it, safe to log: user names, passwords and query strings (which may hold feed
 * keys) are cut out; nothing else in it is secret (source addresses are the operator's own configuration).
 */
export function safeForLog(text: string): string {
  return text
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, '$1')
    .replace(/(\bhttps?:\/\/[^\s?#]+)\?[^\s]*?(?=[:,;.)]?(?:\s|$))/gi, '$1?…')
    .slice(0, 500);
}
