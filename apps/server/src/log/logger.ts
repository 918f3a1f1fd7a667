import type { LogLevel } from '../config/config.js';
import { redact } from './redact.js';

export type LogFields = Record<string, unknown>;

/** A structured logger: a short lower-case event name, facts in fields. */
export type Logger = {
  debug(fields: LogFields, event: string): void;
  info(fields: LogFields, event: string): void;
  warn(fields: LogFields, event: string): void;
  error(fields: LogFields, event: string): void;
  /** A logger whose lines all carry `fields`, e.g. `{ component: 'outbox', mappingId }`. */
  child(fields: LogFields): Logger;
};

const LEVEL_RANK = { debug: 10, info: 20, warn: 30, error: 40 } as const satisfies Record<LogLevel, number>;

export type LoggerOptions = {
  readonly level: LogLevel;
  /** Receives one JSON line (no newline); defaults to stdout. */
  readonly write?: (line: string) => void;
  readonly now?: () => Date;
};

function writeStdout(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Creates the process's logger (made once at the entry point and passed down). */
export function createLogger(options: LoggerOptions, bound: LogFields = {}): Logger {
  const write = options.write ?? writeStdout;
  const now = options.now ?? (() => new Date());
  const min = LEVEL_RANK[options.level];
  const emit = (level: LogLevel, fields: LogFields, event: string): void => {
    if (LEVEL_RANK[level] < min) return;
    const safe = redact({ ...bound, ...fields }) as LogFields;
    write(JSON.stringify({ time: now().toISOString(), level, msg: event, ...safe }));
  };
  return {
    debug: (fields, event) => {
      emit('debug', fields, event);
    },
    info: (fields, event) => {
      emit('info', fields, event);
    },
    warn: (fields, event) => {
      emit('warn', fields, event);
    },
    error: (fields, event) => {
      emit('error', fields, event);
    },
    child: (fields) => createLogger(options, { ...bound, ...fields }),
  };
}
