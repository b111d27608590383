import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { ContactDetails } from '../../dialogs/types';
import { ContactRequestStore } from '../../src/handoff/contactRequests';
import { EmailNotifier, WebhookNotifier } from '../../src/handoff/notifiers';
import { claimSql, StaffOutbox } from '../../src/handoff/outbox';
import { createLogger } from '../../src/logger';
import type { Db } from '../../src/storage/db';
import { migratedDb } from './botHarness';
import { FailingDb } from './failingDb';
import { WebhookReceiver } from './webhookReceiver';

const DETAILS: ContactDetails = { name: 'Ann Smith', contact: 'ann@example.com', contactKind: 'email', time: 'mornings', note: 'after 5' };
const SECOND = 1000;

async function setup(db: Db, url: string, clock: { now: number }) {
  const requests = new ContactRequestStore(db, ['webhook'], () => clock.now);
  const outbox = new StaffOutbox(db, requests, { webhook: new WebhookNotifier(url, 2 * SECOND) }, createLogger('silent'), {
    now: () => clock.now, leaseMs: 60 * SECOND, backoff: (attempts) => attempts * 10 * SECOND,
  });
  return { requests, outbox };
}

describe('the staff outbox', () => {
  let receiver: WebhookReceiver;
  beforeEach(() => {
    receiver = new WebhookReceiver();
  });
  afterEach(() => receiver.stop());

  test('a webhook that fails with 500s, then refuses connections, then recovers gets each notification exactly once', async () => {
    const url = await receiver.start();
    const clock = { now: 1_000_000 };
    const db = await migratedDb();
    const { requests, outbox } = await setup(db, url, clock);
    for (const turnId of ['t1', 't2', 't3']) await requests.save({ conversationKey: `test/${turnId}`, turnId, details: DETAILS });

    receiver.mode = 'fail';
    expect(await outbox.drainOnce()).toEqual({ sent: 0, failed: 3 });
    expect(receiver.posts).toHaveLength(3);
    // Not due again until its backoff has passed.
    expect(await outbox.drainOnce()).toEqual({ sent: 0, failed: 0 });

    await receiver.stop();
    clock.now += 10 * SECOND;
    expect(await outbox.drainOnce()).toEqual({ sent: 0, failed: 3 });
    expect(await outbox.counts()).toEqual({ pending: 3 });

    receiver.mode = 'ok';
    await receiver.start();
    clock.now += 20 * SECOND;
    expect(await outbox.drainOnce()).toEqual({ sent: 3, failed: 0 });
    clock.now += 60 * 60 * SECOND;
    expect(await outbox.drainOnce()).toEqual({ sent: 0, failed: 0 });

    expect(await outbox.counts()).toEqual({ sent: 3 });
    expect(receiver.posts).toHaveLength(6);
    expect(receiver.recorded.size).toBe(3);
    const references = (await requests.list()).map((request) => request.reference).sort();
    expect([...receiver.recorded.values()].map((body) => body.reference).sort()).toEqual(references);
    for (const [key, body] of receiver.recorded) {
      expect(body).toMatchObject({ id: key, name: 'Ann Smith', contact: 'ann@example.com', bestTime: 'mornings', note: 'after 5' });
      expect(String(body.text)).toContain(String(body.reference));
    }
  });

  test('a crash between sending and marking sent resends with the same Idempotency-Key, so the receiver keeps one', async () => {
    const url = await receiver.start();
    const clock = { now: 1_000_000 };
    const db = new FailingDb(await migratedDb(), /SET status = 'sent'/);
    const { requests, outbox } = await setup(db, url, clock);
    await requests.save({ conversationKey: 'test/a', turnId: 't1', details: DETAILS });

    await expect(outbox.drainOnce()).rejects.toThrow('disk I/O error');

    expect(receiver.posts).toHaveLength(1);
    // Still leased to the crashed drain: nobody takes it yet.
    expect(await outbox.drainOnce()).toEqual({ sent: 0, failed: 0 });

    db.failing = false;
    clock.now += 61 * SECOND;
    expect(await outbox.drainOnce()).toEqual({ sent: 1, failed: 0 });
    expect(receiver.posts.map((post) => post.key)).toEqual([receiver.posts[0].key, receiver.posts[0].key]);
    expect(receiver.recorded.size).toBe(1);
  });

  test('a claimed row is leased: a second claim gets nothing until the lease runs out', async () => {
    const db = await migratedDb();
    const requests = new ContactRequestStore(db, ['webhook', 'email'], () => 0);
    await requests.save({ conversationKey: 'test/a', turnId: 't1', details: DETAILS });
    expect(await db.all(claimSql('sqlite'), [100, 0, 10])).toHaveLength(2);
    expect(await db.all(claimSql('sqlite'), [200, 50, 10])).toHaveLength(0);
    expect(await db.all(claimSql('sqlite'), [300, 100, 10])).toHaveLength(2);
  });

  test('PostgreSQL claims skip rows another drain has locked; SQLite relies on its single writer and the lease', () => {
    expect(claimSql('postgres')).toContain('FOR UPDATE SKIP LOCKED');
    expect(claimSql('sqlite')).not.toContain('FOR UPDATE');
  });

  test('e-mail carries the same per-notification key', async () => {
    const db = await migratedDb();
    const requests = new ContactRequestStore(db, ['email']);
    const saved = await requests.save({ conversationKey: 'test/a', turnId: 't1', details: DETAILS });
    const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
    const sent: string[] = [];
    const send = transport.sendMail.bind(transport);
    transport.sendMail = (async (mail: SendMailOptions) => {
      const info = await send(mail);
      sent.push((info.message as Buffer).toString('utf8'));
      return info;
    }) as typeof transport.sendMail;
    const outbox = new StaffOutbox(db, requests, { email: new EmailNotifier(transport, 'bot@example.com', 'team@example.com') }, createLogger('silent'));
    expect(await outbox.drainOnce()).toEqual({ sent: 1, failed: 0 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^Idempotency-Key: [0-9a-f-]{36}$/m);
    expect(sent[0]).toContain(`Subject: Contact request ${saved.reference}`);
    expect(sent[0]).toContain('To: team@example.com');
  });
});

describe('contact request store', () => {
  test('saving twice for one turn (an eTag retry) keeps one request and one notification', async () => {
    const db = await migratedDb();
    const requests = new ContactRequestStore(db, ['webhook']);
    const first = await requests.save({ conversationKey: 'test/a', turnId: 'same', details: DETAILS });
    const again = await requests.save({ conversationKey: 'test/a', turnId: 'same', details: DETAILS });
    expect(again).toEqual(first);
    expect(await requests.list()).toHaveLength(1);
    expect(await db.all('SELECT id FROM staff_outbox')).toHaveLength(1);
  });

  test('a reference already taken is never reused: another is drawn', async () => {
    const db = await migratedDb();
    const drawn = ['BB-22222', 'BB-22222', 'BB-33333'];
    const requests = new ContactRequestStore(db, [], Date.now, () => drawn.shift() as string);
    await requests.save({ conversationKey: 'test/a', turnId: 't1', details: DETAILS });
    const second = await requests.save({ conversationKey: 'test/b', turnId: 't2', details: DETAILS });
    expect(second.reference).toBe('BB-33333');
  });

  test('the retention sweep deletes old requests with their notifications', async () => {
    const db = await migratedDb();
    const clock = { now: 1_000 };
    const requests = new ContactRequestStore(db, ['webhook'], () => clock.now);
    await requests.save({ conversationKey: 'test/a', turnId: 'old', details: DETAILS });
    clock.now = 5_000;
    const recent = await requests.save({ conversationKey: 'test/b', turnId: 'new', details: DETAILS });
    expect(await requests.deleteCreatedBefore(2_000)).toBe(1);
    expect((await requests.list()).map((request) => request.id)).toEqual([recent.id]);
    expect(await db.all('SELECT id FROM staff_outbox')).toHaveLength(1);
  });
});
