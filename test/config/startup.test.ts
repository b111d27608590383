import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ENTRY, TSX } from '../helpers/serverProcess';

describe('starting the server with a bad setting', () => {
  let cwd: string;

  beforeAll(() => {
    // An empty working directory, so no .env is read.
    cwd = mkdtempSync(path.join(tmpdir(), 'bb-config-'));
  });

  afterAll(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  it('PORT=abc exits non-zero with exactly one line on stderr naming PORT', () => {
    const result = spawnSync(TSX, [ENTRY], {
      cwd,
      env: { ...process.env, PORT: 'abc', DATABASE_URL: `sqlite:${path.join(cwd, 'x.db')}`, LOG_LEVEL: 'info' },
      encoding: 'utf8',
      timeout: 60000,
    });
    const lines = result.stderr.split('\n').filter((line) => line.length > 0);
    // One object, so a failure shows everything the process did.
    expect({ failed: result.status !== 0 && result.status !== null, lines: lines.length, stdout: result.stdout, signal: result.signal })
      .toEqual({ failed: true, lines: 1, stdout: '', signal: null });
    expect(lines[0]).toMatch(/^Invalid configuration: PORT\b/);
    // A cold start of tsx on a busy machine can be slow: generous, and not a timing assertion.
  }, 90000);
});
