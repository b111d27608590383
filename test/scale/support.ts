import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { POSTGRES_URL, type TestSchema } from '../helpers/postgres';
import { startServerProcess, type ServerProcess } from '../helpers/serverProcess';

export const ADMIN_TOKEN = 'scale-admin-token-0123456789';
/** Every instance must sign and check Direct Line tokens with the same key, or a token from A is refused by B. */
export const TOKEN_SECRET = 'scale-token-secret-0123456789abcdef0123';

/**
 * DATABASE_URL for a whole app on the test schema; application_name lets terminateConnections find its connections.
 * With `port`, the app reaches PostgreSQL through that local port instead (a TcpProxy).
 */
export function appDatabaseUrl(schema: TestSchema, port?: number): string {
  const url = new URL(POSTGRES_URL);
  if (port !== undefined) {
    url.hostname = '127.0.0.1';
    url.port = String(port);
  }
  url.searchParams.set('options', `-c search_path=${schema.name}`);
  url.searchParams.set('application_name', schema.name);
  return url.toString();
}

export interface Instances { urls: string[]; stop(): Promise<void> }

/** `count` real server processes (src/index.ts) on one schema, started together, each in a scratch working directory. */
export async function startInstances(schema: TestSchema, count: number, env: Record<string, string> = {}): Promise<Instances> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-scale-'));
  const settings = { DATABASE_URL: appDatabaseUrl(schema), ADMIN_TOKEN, DIRECT_LINE_TOKEN_SECRET: TOKEN_SECRET, ...env };
  const started = await Promise.allSettled(Array.from({ length: count }, () => startServerProcess(dir, settings)));
  const processes = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const stop = async (): Promise<void> => {
    await Promise.all(processes.map((server: ServerProcess) => server.stop()));
    rmSync(dir, { recursive: true, force: true });
  };
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await stop();
    throw (failed as PromiseRejectedResult).reason;
  }
  return { urls: processes.map((server) => server.url), stop };
}

const NAMES = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliett',
  'kilo', 'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango'];

/**
 * 20 answers, each a fine answer at every step of the reframe (each is text and a rating), so applied one at a time, in any
 * order, from the reframe's first step they walk it to the end: 11 steps, the summary, then 8 "I couldn't tell when that is"
 * at the offer of a check-in on the goal.
 */
export const CONCURRENT_TEXTS = NAMES.map((name) => `${name} scores 7`);

/** A reply with the answers' names taken out, so replies can be compared whichever turn got which step. */
export function anonymous(reply: string): string {
  return NAMES.reduce((text, name) => text.split(name).join('NAME'), reply);
}
