import pino, { Logger } from 'pino';
import type { LogLevel } from './config/config';

/**
 * Paths that could carry what a person typed or how to reach them. Code never logs these on purpose;
 * redaction is the safety net for the day someone logs a whole activity or request by mistake.
 */
export const REDACTED_PATHS = [
  'text', '*.text', 'activity.text', 'activity.value', 'value', '*.value',
  'speak', '*.speak', 'attachments', '*.attachments',
  'name', '*.name', 'email', '*.email', 'phone', '*.phone', 'contact', '*.contact', 'note', '*.note',
  'answers', '*.answers', 'snapshot', '*.snapshot',
  'req.headers.authorization', 'headers.authorization', 'authorization', '*.authorization', 'token', '*.token',
];

export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { service: 'bounce-back' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination ?? pino.destination({ sync: false }),
  );
}

export type { Logger };
