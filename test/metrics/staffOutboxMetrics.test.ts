import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/app';
import { handoffThroughApp, startApp, tempDatabase } from '../handoff/appClient';
import { scrape, valueOf } from './scrape';
import { eventually } from '../helpers/eventually';

const TOKEN = 'metrics-token-0123456789';
const DETAILS = { name: 'Sam Example', contact: 'sam@example.com', time: 'weekday mornings', note: 'no note' };

describe('/metrics for contact requests and the staff outbox', () => {
  let app: App;
  let url: string;
  let webhook: http.Server;
  let webhookStatus = 500;

  beforeAll(async () => {
    webhook = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.statusCode = webhookStatus;
        res.end();
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
    const webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/hook`;
    ({ app, url } = await startApp({ DATABASE_URL: tempDatabase(), METRICS_TOKEN: TOKEN, STAFF_WEBHOOK_URL: webhookUrl, OUTBOX_INTERVAL_SECONDS: '1' }));
  });

  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => webhook.close(resolve));
  });

  it('counts the contact request, shows its notification waiting while the webhook fails, and counts each failure', async () => {
    const metrics = async () => (await scrape(url, TOKEN)).samples;
    expect(valueOf(await metrics(), 'bounce_back_contact_requests_total')).toBe(0);

    await handoffThroughApp(url, 'metrics-handoff', DETAILS);
    expect(valueOf(await metrics(), 'bounce_back_contact_requests_total')).toBe(1);
    await eventually(async () => valueOf(await metrics(), 'bounce_back_staff_notification_failures_total', { destination: 'webhook' }) >= 1, 'a failed delivery');
    expect(valueOf(await metrics(), 'bounce_back_staff_outbox_pending')).toBe(1);

    // Retried after its backoff (5 s after the first failure), delivered, and the backlog is empty.
    webhookStatus = 200;
    await eventually(async () => valueOf(await metrics(), 'bounce_back_staff_outbox_pending') === 0, 'the notification to be delivered', 15_000);
    expect(valueOf(await metrics(), 'bounce_back_staff_notification_failures_total', { destination: 'webhook' })).toBe(1);
  }, 30_000);
});
