import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ENTRY, freePort, TSX } from '../helpers/serverProcess';

interface LogLine { level: number; event?: string; msg?: string }

/** Starts src/index.ts, reads its log lines until it says it is listening, then stops it. */
async function startUpLogs(cwd: string, env: Record<string, string>): Promise<LogLine[]> {
  const port = await freePort();
  const child = spawn(TSX, [ENTRY], {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'info', DATABASE_URL: `sqlite:${path.join(cwd, 'x.db')}`, PORT: String(port), ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"event":"started"')) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
  } finally {
    // tsx runs node as its own child: the whole group this test started is stopped.
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
  return output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as LogLine);
}

describe('start-up with /api/messages open or protected', () => {
  let cwd: string;

  beforeEach(() => {
    // An empty working directory, so no .env is read.
    cwd = mkdtempSync(path.join(tmpdir(), 'bb-auth-warning-'));
  });

  afterEach(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  it('without MicrosoftAppId, logs exactly one warning that the endpoint is open', async () => {
    const warnings = (await startUpLogs(cwd, { MicrosoftAppId: '' })).filter((line) => line.event === 'auth.open');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].level).toBe(40);
    expect(warnings[0].msg).toMatch(/MicrosoftAppId is not set: \/api\/messages accepts unauthenticated requests/);
  }, 90000);

  it('with MicrosoftAppId set, gives no such warning', async () => {
    const logs = await startUpLogs(cwd, { MicrosoftAppId: '6b1f1f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', MicrosoftAppPassword: 'not-a-real-secret' });
    expect(logs.some((line) => line.event === 'started')).toBe(true);
    expect(logs.filter((line) => line.event === 'auth.open')).toEqual([]);
  }, 90000);
});
