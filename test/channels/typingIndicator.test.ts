import { DeliveryModes, TestAdapter, type Activity } from 'botbuilder';
import { BounceBackBot } from '../../src/channels/bounceBackBot';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import { createEngine } from '../helpers/engine';
import { openMemoryDb } from '../helpers/memoryDb';

let db: SqliteDb;

beforeEach(async () => {
  db = await openMemoryDb();
});

afterEach(async () => {
  await db.close();
});

/** Everything the bot answers to "hi" (a reply of several messages), however it is delivered. */
async function answerToHi(deliveryMode?: string): Promise<Array<Partial<Activity>>> {
  const adapter = new TestAdapter();
  const bot = new BounceBackBot(createEngine(db).engine);
  let buffered: Array<Partial<Activity>> = [];
  await adapter.processActivity({ type: 'message', text: 'hi', deliveryMode }, async (context) => {
    await bot.run(context);
    buffered = context.bufferedReplyActivities;
  });
  return [...adapter.activeQueue.splice(0), ...buffered];
}

describe('typing indicator', () => {
  it('goes before a reply of several messages sent one by one', async () => {
    const replies = await answerToHi();
    expect(replies.filter((activity) => activity.type === 'message').length).toBeGreaterThan(1);
    expect(replies[0].type).toBe('typing');
  });

  it('is left out when every reply comes back at once in the HTTP response', async () => {
    const replies = await answerToHi(DeliveryModes.ExpectReplies);
    expect(replies.filter((activity) => activity.type === 'message').length).toBeGreaterThan(1);
    expect(replies.map((activity) => activity.type)).not.toContain('typing');
  });
});
