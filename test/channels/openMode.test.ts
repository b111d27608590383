import { words } from '../../src/content/copy';
import { startApp, type Running } from '../directline/support';
import { connectorStandIn as connector } from '../helpers/connectorStandIn';
import { incoming, post } from '../helpers/http';

const normalDelivery = (conversation: string, serviceUrl: string, text = 'hi') =>
  JSON.stringify({ ...incoming(conversation, { text, serviceUrl, channelId: 'emulator' }), deliveryMode: undefined });

describe('/api/messages without MicrosoftAppId (open mode)', () => {
  let running: Running;

  beforeAll(async () => {
    running = await startApp({ OUTBOUND_TIMEOUT_SECONDS: '1' });
  });
  afterAll(async () => running.app.close());

  it('refuses to send replies to a serviceUrl on another host, and runs no turn', async () => {
    for (const serviceUrl of ['https://attacker.example', 'http://169.254.169.254/latest', 'http://127.0.0.1.example.com', 'not a url']) {
      const refused = await post(running.url, normalDelivery('open-elsewhere', serviceUrl));
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body)).toEqual({ error: { code: 'Forbidden', message: expect.stringContaining('loopback serviceUrl') } });
    }
    expect(await running.app.store.load('emulator/open-elsewhere')).toBeUndefined();
  });

  it('still answers in the response with expectReplies, whatever the serviceUrl', async () => {
    const replied = await post(running.url, JSON.stringify(incoming('open-replies', { text: 'hi', serviceUrl: 'https://attacker.example' })));
    expect(replied.status).toBe(200);
    expect(replied.activities.map((activity) => activity.text).join('\n')).toContain(words('welcome.greeting'));
  });

  it('sends replies to a loopback serviceUrl, as the Bot Framework Emulator needs', async () => {
    const emulator = await connector(true);
    try {
      const sent = await post(running.url, normalDelivery('open-emulator', emulator.url));
      expect(sent.status).toBe(200);
      expect(emulator.posts.length).toBeGreaterThan(0);
      expect(emulator.posts[0].path).toMatch(/^\/v3\/conversations\/open-emulator\/activities/);
      expect(emulator.posts.map((reply) => reply.body.text ?? '').join('\n')).toContain(words('welcome.greeting'));
    } finally {
      await emulator.close();
    }
  });

  it('gives up on a connector that never answers, rather than holding the request open', async () => {
    const silent = await connector(false);
    try {
      const sent = await post(running.url, normalDelivery('open-silent', silent.url));
      // The reply could not be delivered: the turn failed, and the caller is told so rather than left waiting.
      expect(sent.status).toBeGreaterThanOrEqual(500);
      expect(silent.posts.length).toBeGreaterThan(0);
    } finally {
      await silent.close();
    }
  });
});
