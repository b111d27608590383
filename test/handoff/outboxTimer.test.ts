import { startOutboxTimer, type StaffOutbox } from '../../src/handoff/outbox';
import { createLogger } from '../../src/logger';

test('the drain timer drains repeatedly and stops on stop()', async () => {
  let drains = 0;
  const outbox = { drainOnce: async () => { drains += 1; return { sent: 0, failed: 0 }; } } as unknown as StaffOutbox;
  const timer = startOutboxTimer(outbox, 5, createLogger('silent'));
  while (drains < 3) await new Promise((resolve) => setTimeout(resolve, 5));
  await timer.stop();
  const stoppedAt = drains;
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(drains).toBe(stoppedAt);
});
