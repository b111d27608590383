import path from 'node:path';
import { DatabaseStartupError } from './storage/waitForDb';

/** Why the file system refused, for the codes a missing, misplaced or locked-down data folder gives. */
const FILE_PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  ENOTDIR: 'part of that path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
};

const SQLITE_PROBLEMS: Record<string, string> = {
  SQLITE_NOTADB: 'the file is not a database',
  SQLITE_CORRUPT: 'the file is damaged',
};

const CREDENTIALS = 'Check the user name and password in DATABASE_URL.';
const RIGHTS = 'Give that user the right to create tables, or name another in DATABASE_URL.';

/** PostgreSQL refusals (SQLSTATE) that waiting cannot fix, each with what to do about it. */
const POSTGRES_ADVICE: Record<string, string> = {
  '28000': CREDENTIALS,
  '28P01': CREDENTIALS,
  '3D000': 'Create it, or fix the database name in DATABASE_URL.',
  '42501': RIGHTS,
  '3F000': RIGHTS,
};

interface Failure { code?: unknown; syscall?: unknown; path?: unknown; severity?: unknown; message?: unknown }

function fileLine({ code, syscall, path: where }: Failure, sqlite: boolean): string | undefined {
  if (typeof code !== 'string' || !FILE_PROBLEMS[code] || typeof where !== 'string') return undefined;
  const action = syscall === 'mkdir' ? 'create the folder' : 'open the file';
  const elsewhere = sqlite ? ', or set DATABASE_URL to a sqlite: path elsewhere' : '';
  return `Cannot ${action} ${where}: ${FILE_PROBLEMS[code]}. Make sure the user Bounce Back runs as can write there${elsewhere}.`;
}

/**
 * The one line the process prints when it cannot start for a reason the operator can fix (a damaged or unwritable store,
 * a database that refuses us), or undefined for anything else, which keeps its stack trace as the bug it is.
 * Lines name paths and PostgreSQL's own reason, never the connection string (it may carry a password) or stored data.
 */
export function startupFailureLine(error: unknown, databaseUrl: string): string | undefined {
  if (error instanceof DatabaseStartupError) return error.message;
  // Shapes, not instanceof: errors from Node, better-sqlite3 and pg alike.
  if (typeof error !== 'object' || error === null) return undefined;
  const failure = error as Failure;
  const sqlite = databaseUrl.startsWith('sqlite:');
  if (sqlite && typeof failure.code === 'string' && SQLITE_PROBLEMS[failure.code]) {
    const file = path.normalize(databaseUrl.slice('sqlite:'.length));
    return `Cannot open the SQLite database at ${file}: ${SQLITE_PROBLEMS[failure.code]}. Move it aside or set DATABASE_URL.`;
  }
  if (!sqlite && failure.severity !== undefined && typeof failure.code === 'string' && POSTGRES_ADVICE[failure.code]) {
    return `Cannot use the PostgreSQL database in DATABASE_URL: ${String(failure.message)}. ${POSTGRES_ADVICE[failure.code]}`;
  }
  return fileLine(failure, sqlite);
}
