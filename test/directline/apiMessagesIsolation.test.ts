import { ContactRequestStore } from '../../src/handoff/contactRequests';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate } from '../../src/storage/migrations';
import { SqliteDb } from '../../src/storage/sqliteDb';
import { incoming, post } from '../helpers/http';
import { startApp, webChat, type Running } from './support';

const ANSWERS = ['hi', 'can I talk to someone', 'yes', 'Wilhelmina Quarrie', 'wilhelmina@example.com', 'weekday mornings', 'please ring after 5', 'Send it'];

describe('/api/messages cannot reach the embedded web chat', () => {
  let running: Running;

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => running.app.close());

  it('a forged channelId "directline" with a web chat conversation id reads nothing of it and deletes nothing', async () => {
    const chat = await webChat(running);
    for (const text of ANSWERS) expect((await chat.say(text)).status).toBe(200);
    const reference = /BB-[A-Z0-9]{5}/.exec(await chat.transcript())?.[0];
    expect(reference).toBeDefined();

    const forged = (text: string) => post(running.url, JSON.stringify(incoming(chat.id, { text, channelId: 'directline' })));
    const shown = await forged('what do you know about me');
    expect(shown.status).toBe(200);
    expect(shown.body).not.toContain(reference!);
    expect(shown.body).not.toContain('Wilhelmina');
    await forged('delete my data');
    await forged('yes');

    // The person's request and transcript are untouched, and their chat carries on where it was.
    expect((await running.app.handoff.requests.summariesFor(`webchat:${chat.id}`)).map((request) => request.reference)).toEqual([reference]);
    expect(await chat.transcript()).toContain('Wilhelmina');
    expect((await chat.say('what do you know about me')).status).toBe(200);
    expect(await chat.transcript()).toContain(reference!);
  });
});

describe('migration 21', () => {
  it('moves embedded web chat state and contact requests to their own keys, and leaves other channels’ alone', async () => {
    const db = SqliteDb.open(':memory:');
    await migrate(db, ALL_MIGRATIONS.filter((migration) => migration.version < 21));
    await db.run("INSERT INTO directline_conversation (id, seq, created_at, updated_at) VALUES ('embedded1', 0, 0, 0)");
    for (const key of ['directline/embedded1', 'directline/azure1', 'msteams/embedded1']) {
      await db.run("INSERT INTO conversation_state (key, doc, etag, updated_at) VALUES ($1, '{}', 'e', 0)", [key]);
    }
    const requests = new ContactRequestStore(db, []);
    const details = { name: 'A', contact: 'a@example.com', contactKind: 'email' as const, time: 'any' };
    await requests.save({ conversationKey: 'directline/embedded1', turnId: 't1', channelId: 'directline', details });
    await requests.save({ conversationKey: 'directline/azure1', turnId: 't2', channelId: 'directline', details });

    await migrate(db, ALL_MIGRATIONS);
    const keys = (await db.all<{ key: string }>('SELECT key FROM conversation_state ORDER BY key')).map((row) => row.key);
    expect(keys).toEqual(['directline/azure1', 'msteams/embedded1', 'webchat:embedded1']);
    expect(await requests.summariesFor('webchat:embedded1')).toHaveLength(1);
    expect(await requests.summariesFor('directline/azure1')).toHaveLength(1);
    expect(await requests.summariesFor('directline/embedded1')).toHaveLength(0);
    await db.close();
  });
});
