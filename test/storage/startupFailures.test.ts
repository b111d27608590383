import { spawn, type SpawnOptions } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createTestSchema, describePostgres, POSTGRES_URL } from '../helpers/postgres';
import { ENTRY, freePort, TSX } from '../helpers/serverProcess';

interface Exit { code: number | null; signal: string | null; stderr: string; stdout: string }

/** Starts the real server process and waits for it to exit (a server that starts is killed, and fails the test). */
async function startAndExit(cwd: string, env: Record<string, string>, options: SpawnOptions = {}): Promise<Exit> {
  const port = await freePort();
  const child = spawn(TSX, [ENTRY], {
    cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...options,
    env: { ...process.env, LOG_LEVEL: 'info', ...env, PORT: String(port) },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  // A cold start of tsx on a busy machine can be slow: generous, and not a timing assertion.
  const tooLong = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 60_000);
  const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.once('close', (c, s) => resolve([c, s])));
  clearTimeout(tooLong);
  return { code, signal, stderr, stdout };
}

/** Non-zero exit, exactly the one expected line on stderr, and no stack trace anywhere. */
function expectOneLine(exit: Exit, line: string): void {
  const lines = exit.stderr.split('\n').filter((text) => text.length > 0);
  // One object, so a failure shows everything the process printed.
  expect({ failed: exit.code !== 0 && exit.code !== null, signal: exit.signal, lines }).toEqual({ failed: true, signal: null, lines: [line] });
  expect(exit.stdout).not.toContain('    at ');
}

describe('starting the server on storage it cannot use', () => {
  let cwd: string;

  beforeAll(() => {
    // An empty working directory, so no .env is read; others may need to enter it (see the EACCES case).
    cwd = mkdtempSync(path.join(tmpdir(), 'bb-startup-'));
    chmodSync(cwd, 0o755);
  });

  afterAll(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  /** A real SQLite file holding a person's words, with every byte after its 100-byte header overwritten. */
  function damagedDatabase(file: string): void {
    const db = new Database(file);
    db.exec("CREATE TABLE diary (entry TEXT); INSERT INTO diary VALUES ('Dear diary, I failed my driving test again.')");
    db.close();
    const bytes = readFileSync(file);
    for (let index = 100; index < bytes.length; index += 1) bytes[index] = (index * 7) % 256;
    writeFileSync(file, bytes);
  }

  it.each([
    ['not a database', 'the file is not a database', (file: string) => writeFileSync(file, `Dear diary, I failed my driving test again. ${'x'.repeat(4096)}`)],
    ['a damaged database', 'the file is damaged', damagedDatabase],
  ])('a SQLite file that is %s: one line naming the file, and none of what is in it', async (name, problem, make) => {
    const file = path.join(cwd, `${name.replace(/\W+/g, '-')}.db`);
    make(file);
    const exit = await startAndExit(cwd, { DATABASE_URL: `sqlite:${file}` });
    expectOneLine(exit, `Cannot open the SQLite database at ${file}: ${problem}. Move it aside or set DATABASE_URL.`);
    expect(exit.stderr + exit.stdout).not.toContain('diary');
  }, 90_000);

  it('a data folder under a regular file (ENOTDIR): one line naming the folder', async () => {
    writeFileSync(path.join(cwd, 'not-a-folder'), '');
    const folder = path.join(cwd, 'not-a-folder', 'data');
    const exit = await startAndExit(cwd, { DATABASE_URL: `sqlite:${path.join(folder, 'bounce-back.db')}` });
    expectOneLine(exit, `Cannot create the folder ${folder}: part of that path is a file, not a folder. Make sure the user Bounce Back runs as can write there, or set DATABASE_URL to a sqlite: path elsewhere.`);
  }, 90_000);

  // Root may write anywhere, so as root the server runs as nobody, just as the image runs as node.
  const asAnotherUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  it('a data folder the process may not create (EACCES), as in a root-owned /app: one line naming the folder', async () => {
    const locked = path.join(cwd, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    // The default DATABASE_URL, relative to the working directory, as in the image.
    const exit = await startAndExit(locked, { DATABASE_URL: '', HOME: cwd }, asAnotherUser);
    expectOneLine(exit, `Cannot create the folder ${path.join(locked, 'data')}: permission denied. Make sure the user Bounce Back runs as can write there, or set DATABASE_URL to a sqlite: path elsewhere.`);
  }, 90_000);

  it('a database file the process may not open (EACCES), as one left by another user: one line naming the file', async () => {
    const folder = path.join(cwd, 'theirs');
    mkdirSync(folder);
    const file = path.join(folder, 'bounce-back.db');
    // Owner-only, as the server makes it; for a process that is not root, not even the owner.
    writeFileSync(file, '', { mode: process.getuid?.() === 0 ? 0o600 : 0o000 });
    const exit = await startAndExit(cwd, { DATABASE_URL: `sqlite:${file}`, HOME: cwd }, asAnotherUser);
    expectOneLine(exit, `Cannot open the file ${file}: permission denied. Make sure the user Bounce Back runs as can write there, or set DATABASE_URL to a sqlite: path elsewhere.`);
  }, 90_000);
});

describePostgres('starting the server on a PostgreSQL database it cannot use', () => {
  let cwd: string;

  beforeAll(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'bb-startup-pg-'));
  });

  afterAll(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  async function admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  function urlWith(change: (url: URL) => void): string {
    const url = new URL(POSTGRES_URL);
    change(url);
    return url.toString();
  }

  it('a role that does not exist: one line, without the password', async () => {
    const databaseUrl = urlWith((url) => { url.username = 'bb_no_such_role'; url.password = 'not-a-real-secret'; });
    const exit = await startAndExit(cwd, { DATABASE_URL: databaseUrl });
    expectOneLine(exit, 'Cannot use the PostgreSQL database in DATABASE_URL: role "bb_no_such_role" does not exist. Check the user name and password in DATABASE_URL.');
    expect(exit.stderr + exit.stdout).not.toContain('not-a-real-secret');
  }, 90_000);

  it('a database that does not exist: one line, without the password', async () => {
    const databaseUrl = urlWith((url) => { url.pathname = '/bb_no_such_database'; url.password = 'not-a-real-secret'; });
    const exit = await startAndExit(cwd, { DATABASE_URL: databaseUrl });
    expectOneLine(exit, 'Cannot use the PostgreSQL database in DATABASE_URL: database "bb_no_such_database" does not exist. Create it, or fix the database name in DATABASE_URL.');
    expect(exit.stderr + exit.stdout).not.toContain('not-a-real-secret');
  }, 90_000);

  it.each([
    ['may use its schema but not create in it', (role: string) => `GRANT USAGE ON SCHEMA ${role} TO ${role}`, (role: string) => `permission denied for schema ${role}`],
    ['may not use its schema at all', () => 'SELECT 1', () => 'no schema has been selected to create in'],
  ])('a user who %s: one line, without the password', async (_case, grant, reason) => {
    const role = `bb_no_rights_${process.pid}`;
    await admin(`CREATE ROLE ${role} LOGIN; CREATE SCHEMA ${role}; ${grant(role)}`);
    try {
      const databaseUrl = urlWith((url) => {
        url.username = role;
        url.password = 'not-a-real-secret';
        url.searchParams.set('options', `-c search_path=${role}`);
      });
      const exit = await startAndExit(cwd, { DATABASE_URL: databaseUrl });
      expectOneLine(exit, `Cannot use the PostgreSQL database in DATABASE_URL: ${reason(role)}. Give that user the right to create tables, or name another in DATABASE_URL.`);
      expect(exit.stderr + exit.stdout).not.toContain('not-a-real-secret');
    } finally {
      await admin(`DROP SCHEMA ${role} CASCADE; DROP ROLE ${role}`);
    }
  }, 90_000);

  it('a data folder it cannot create, for the token key kept beside a PostgreSQL store: one line naming the folder', async () => {
    const schema = await createTestSchema();
    try {
      const folder = path.join(cwd, 'data');
      writeFileSync(folder, '');
      const databaseUrl = urlWith((url) => url.searchParams.set('options', `-c search_path=${schema.name}`));
      const exit = await startAndExit(cwd, { DATABASE_URL: databaseUrl });
      expectOneLine(exit, `Cannot create the folder ${folder}: a file of that name is in the way. Make sure the user Bounce Back runs as can write there.`);
    } finally {
      await schema.dispose();
    }
  }, 90_000);
});
