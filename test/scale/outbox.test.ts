import type { ContactDetails } from '../../dialogs/types';
import { ContactRequestStore } from '../../src/handoff/contactRequests';
import { WebhookNotifier } from '../../src/handoff/notifiers';
import { StaffOutbox } from '../../src/handoff/outbox';
import { createLogger } from '../../src/logger';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate } from '../../src/storage/migrations';
import { createTestSchema, describePostgres, type TestSchema } from '../helpers/postgres';
import { WebhookReceiver } from '../handoff/webhookReceiver';

const DETAILS: ContactDetails = { name: 'Ann Smith', contact: 'ann@example.com', contactKind: 'email', time: 'mornings', note: 'after 5' };

describePostgres('the staff outbox drained by two instances at once', () => {
  let schema: TestSchema;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    schema = await createTestSchema();
  });

  afterAll(async () => {
    await receiver.stop();
    await schema.dispose();
  });

  it('sends each of 100 pending notifications exactly once (FOR UPDATE SKIP LOCKED)', async () => {
    const url = await receiver.start();
    const pools = [schema.connect({ poolSize: 4 }), schema.connect({ poolSize: 4 })];
    await migrate(pools[0], ALL_MIGRATIONS);
    const requests = new ContactRequestStore(pools[0], ['webhook']);
    for (let turn = 0; turn < 100; turn += 1) await requests.save({ conversationKey: `test/outbox-${turn}`, turnId: `turn-${turn}`, details: DETAILS });

    // Two outboxes on two pools, as on two instances, each with two drains running at once (a timer tick overlapping a slow one).
    const outboxes = pools.map((pool) => new StaffOutbox(pool, new ContactRequestStore(pool, ['webhook']), { webhook: new WebhookNotifier(url, 10_000) }, createLogger('silent'), { batch: 5 }));
    const drainUntilEmpty = async (outbox: StaffOutbox): Promise<number> => {
      let sent = 0;
      for (let result = await outbox.drainOnce(); result.sent + result.failed > 0; result = await outbox.drainOnce()) sent += result.sent;
      return sent;
    };
    const sent = await Promise.all([...outboxes, ...outboxes].map(drainUntilEmpty));

    expect(receiver.posts).toHaveLength(100);
    expect(new Set(receiver.posts.map((post) => post.key)).size).toBe(100);
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe(100);
    // Both instances did part of the work, so the rows really were contended for.
    expect(sent[0] + sent[2]).toBeGreaterThan(0);
    expect(sent[1] + sent[3]).toBeGreaterThan(0);
    expect(await outboxes[1].counts()).toEqual({ sent: 100 });
  });
});
