import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createActor } from 'xstate';
import { bounceBackMachine, MACHINE_VERSION } from '../../dialogs/bounceBack';
import { promptFor } from '../../dialogs/prompts';
import type { ConversationRecord } from '../../src/conversation/engine';
import { SqliteDb } from '../../src/storage/sqliteDb';
import { StateStore } from '../../src/storage/stateStore';
import { choiceLabel, words } from '../../src/content/copy';
import { lastText } from '../helpers/activities';
import { sayOverHttp } from '../helpers/http';
import { startServerProcess, stopAllServerProcesses } from '../helpers/serverProcess';
import { ANSWERS } from '../helpers/reframeScript';

describe('a conversation survives a restart of the server process', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bb-restart-'));
  });

  afterEach(async () => {
    await stopAllServerProcesses();
  }, 60000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('a new process on the same SQLite file carries on from the same step', async () => {
    const env = { DATABASE_URL: `sqlite:${path.join(dir, 'x.db')}` };
    const conversation = 'restart-1';

    let server = await startServerProcess(dir, env);
    await sayOverHttp(server.url, conversation, 'hi');
    await sayOverHttp(server.url, conversation, choiceLabel('reframe.start'));
    await sayOverHttp(server.url, conversation, ANSWERS.what);
    const halfWay = await sayOverHttp(server.url, conversation, ANSWERS.feeling);
    expect(lastText(halfWay.activities)).toBe(words('steps.reframe.intensity.prompt'));
    await server.stop();

    server = await startServerProcess(dir, env);
    const next = await sayOverHttp(server.url, conversation, '6');
    expect(next.status).toBe(200);
    expect(lastText(next.activities)).toBe(words('steps.reframe.friend.prompt'));
    await server.stop();

    // The second process saved where it got to: the file now holds the next step.
    const db = SqliteDb.open(path.join(dir, 'x.db'));
    try {
      const stored = await new StateStore(db).load<ConversationRecord>('directline/restart-1');
      expect(stored?.doc.v).toBe(MACHINE_VERSION);
      expect(promptFor(createActor(bounceBackMachine, { snapshot: stored!.doc.s }).getSnapshot()).step).toBe('reframe.friend');
    } finally {
      await db.close();
    }
    // Two cold starts of tsx on a busy machine: generous, and not a timing assertion.
  }, 120000);
});
