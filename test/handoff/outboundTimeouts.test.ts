import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config/config';
import { notifiersFor } from '../../src/handoff/handoffModule';
import type { StaffNotification } from '../../src/handoff/outbox';

const NOTIFICATION: StaffNotification = {
  id: 'n-1', destination: 'email', attempts: 0,
  request: {
    id: 'r-1', reference: 'BB-AAAAA', status: 'new', name: 'Ann', contact: 'ann@example.com', contactKind: 'email', time: 'mornings',
    createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z',
  },
};

/** A mail server and a webhook that accept the connection and then say nothing at all. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

describe('staff notifications to a destination that never answers', () => {
  it('give up after OUTBOUND_TIMEOUT_SECONDS, so the outbox can retry later', async () => {
    const silent = await silentServer();
    try {
      const config = loadConfig({
        SMTP_URL: `smtp://127.0.0.1:${silent.port}`, STAFF_EMAIL_TO: 'team@example.com',
        STAFF_WEBHOOK_URL: `http://127.0.0.1:${silent.port}/hook`, OUTBOUND_TIMEOUT_SECONDS: '1',
      });
      const notifiers = notifiersFor(config.handoff, config.outboundTimeoutSeconds * 1000);
      await expect(notifiers.email.deliver(NOTIFICATION)).rejects.toThrow(/Greeting never received/);
      await expect(notifiers.webhook.deliver({ ...NOTIFICATION, destination: 'webhook' })).rejects.toThrow(/webhook unreachable \(TimeoutError\)/);
    } finally {
      await silent.close();
    }
  });
});
