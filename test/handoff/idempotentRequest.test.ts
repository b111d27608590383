import type { App } from '../../src/app';
import { message, replyText, startApp, tempDatabase } from './appClient';

const CONVERSATION = 'crash-between-saves';
const KEY = `test/${CONVERSATION}`;

describe('a contact request sent again after a crash lost the state that said it was sent', () => {
  let app: App;
  let url: string;

  beforeAll(async () => {
    ({ app, url } = await startApp({ DATABASE_URL: tempDatabase(), LOG_LEVEL: 'silent' }));
  });
  afterAll(async () => app.close());

  const requestRows = () => app.db.all<{ reference: string }>('SELECT reference FROM contact_requests WHERE conversation_key = $1', [KEY]);

  it('is one request, with one reference, however often "Send it" is pressed', async () => {
    for (const text of ['hi', 'can I talk to someone', 'yes', 'Ann Smith', 'ann@example.com', 'weekday mornings', 'after 5 please']) await message(url, CONVERSATION, text);
    // The state as it was just before "Send it": what a crash after the request's commit, before the state's, leaves.
    const before = await app.db.get<{ doc: string; etag: string }>('SELECT doc, etag FROM conversation_state WHERE key = $1', [KEY]);
    const first = /BB-[A-Z0-9]{5}/.exec(replyText(await message(url, CONVERSATION, 'Send it')))?.[0];
    expect(first).toBeDefined();

    await app.db.run('UPDATE conversation_state SET doc = $2, etag = $3 WHERE key = $1', [KEY, before!.doc, before!.etag]);
    const again = replyText(await message(url, CONVERSATION, 'Send it'));
    expect(/BB-[A-Z0-9]{5}/.exec(again)?.[0]).toBe(first);
    expect(await requestRows()).toEqual([{ reference: first }]);
    expect(await app.db.all('SELECT destination FROM staff_outbox')).toEqual([]);
  });

  it('is a new request once the team has acted on the first', async () => {
    await app.db.run("UPDATE contact_requests SET status = 'contacted' WHERE conversation_key = $1", [KEY]);
    for (const text of ['menu', 'can I talk to someone', 'yes', 'Ann Smith', 'ann@example.com', 'weekday mornings', 'after 5 please']) await message(url, CONVERSATION, text);
    expect(replyText(await message(url, CONVERSATION, 'Send it'))).toMatch(/BB-[A-Z0-9]{5}/);
    expect(await requestRows()).toHaveLength(2);
  });
});
