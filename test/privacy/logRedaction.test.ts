import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { WebhookReceiver } from '../handoff/webhookReceiver';
import { ADMIN_TOKEN, handoffThroughApp, message, startApp, tempDatabase } from '../handoff/appClient';

const SECRETS = ['Ann Smith', 'ann.smith@example.com', '07911 123456', '7911123456', 'my manager keeps shouting', 'Carl Boyd', 'carl@example', 'weekday mornings'];

test('a whole handoff through the app, logged at trace level, never logs the name, email, phone or note', async () => {
  const lines: string[] = [];
  const memory = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const receiver = new WebhookReceiver();
  const hook = await receiver.start();
  const { app, url } = await startApp({ DATABASE_URL: tempDatabase(), ADMIN_TOKEN, STAFF_WEBHOOK_URL: hook, OUTBOX_INTERVAL_SECONDS: '3600' }, createLogger('trace', memory));
  try {
    await handoffThroughApp(url, 'conv-1', { name: 'Ann Smith', contact: 'ann.smith@example.com', time: 'weekday mornings', note: 'my manager keeps shouting' });
    await handoffThroughApp(url, 'conv-2', { name: 'Ann Smith', contact: '07911 123456', time: 'weekday mornings', note: 'my manager keeps shouting' });
    // A mistake on the way, and the person's own data requests.
    for (const text of ['talk to someone', 'yes', 'Carl Boyd', 'carl@example', 'what do you know about me', 'delete my data', 'Yes, delete it']) {
      await message(url, 'conv-3', text);
    }
    receiver.mode = 'fail';
    await app.handoff.outbox.drainOnce();
    receiver.mode = 'ok';
    await fetch(`${url}/api/contact-requests`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  } finally {
    await app.close();
    await receiver.stop();
  }
  const log = lines.join('');
  // The logger did write: the saves, the failed delivery and the deletion are all there.
  expect(log).toContain('"event":"handoff.saved"');
  expect(log).toContain('"event":"outbox.retry"');
  expect(log).toContain('"event":"privacy.deleted"');
  expect(receiver.posts.length).toBe(2);
  for (const secret of SECRETS) expect(log).not.toContain(secret);
});
