import { RETURN_KEY_EVENT } from '../../src/channels/bounceBackBot';
import { choiceLabel, words } from '../../src/content/copy';
import { eventually } from '../helpers/eventually';
import { ANSWERS, TYPED_TURNS } from '../helpers/reframeScript';
import { scrape, valueOf } from '../metrics/scrape';
import { callDirectLine, connect, newSession, provideWebSocketGlobal, startApp, type Activity, type Client, type Running } from '../directline/support';

provideWebSocketGlobal();

const HOUR = 3_600_000;
const ADMIN_TOKEN = 'staff-token-for-the-tests';
const fromBot = (activity: Activity): boolean => activity.from?.role === 'bot';
/** A bot message showing the text, as its text or in a card's text block. */
const shows = (text: string) => (activity: Activity): boolean =>
  fromBot(activity) && (activity.text === text || (activity.attachments ?? []).some((card: { content?: { body?: Array<{ text?: string }> } }) => card.content?.body?.some((block) => block.text === text)));

/**
 * The embedded web chat, over real HTTP and WebSockets with the real directlinejs client, on an injected clock: a check-in
 * comes at once into an open conversation, and waits for a browser that comes back in a new one with its key.
 */
describe('a check-in on the goal in the embedded web chat', () => {
  let running: Running;
  let now: number;
  const clients: Client[] = [];

  beforeEach(async () => {
    now = Date.parse('2026-12-01T10:00:00Z');
    running = await startApp({ ADMIN_TOKEN }, undefined, { now: () => now });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.end();
    await running.app.close();
  });

  /** A conversation the person works a whole reframe through, agreeing to a check-in at `when`; answers the page's key. */
  async function agreeToCheckIn(when: string): Promise<{ client: Client; returnKey: string }> {
    const session = await newSession(running.url);
    const client = connect({ domain: session.domain, token: session.token, webSocket: true });
    clients.push(client);
    await client.waitFor(shows(words('menu.prompt')), 'the menu');
    let sent = 0;
    for (const text of [choiceLabel('reframe.start'), ...TYPED_TURNS, when]) await client.send(text, `turn-${(sent += 1)}`);
    await client.waitFor((activity) => fromBot(activity) && String(activity.text ?? '').startsWith('Done. I\'ll check in on'), 'the check-in agreed');
    const key = await client.waitFor((activity) => fromBot(activity) && activity.type === 'event' && activity.name === RETURN_KEY_EVENT, 'the key for the page');
    return { client, returnKey: String(key.value) };
  }

  it('comes at once into the conversation the person has open', async () => {
    const { client } = await agreeToCheckIn('tonight');
    now += 9 * HOUR;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 1, later: 0, dropped: 0 });
    await client.waitFor(shows(words('goalCheck.asked.prompt', { goal: ANSWERS.goal })), 'the check-in, streamed');
    await client.send('sort of', 'answer');
    await client.waitFor(shows(words('goalCheck.reflect.partly')), 'the reflection');
  });

  it('waits for a browser that has gone, and is asked first when it comes back in a new conversation with its key', async () => {
    const { client, returnKey } = await agreeToCheckIn('yes');
    client.end();
    await eventually(async () => valueOf((await scrape(running.url, ADMIN_TOKEN)).samples, 'bounce_back_webchat_streams_open') === 0, 'the stream to close');
    now += 10 * 24 * HOUR; // "next Thursday lunchtime", from the reframe
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 0, later: 1, dropped: 0 });

    const session = await (await fetch(`${running.url}/api/webchat/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ returnKey }) })).json() as { domain: string; token: string };
    const started = await callDirectLine(`${session.domain}/conversations`, session.token, 'POST', {});
    const { json } = await callDirectLine(`${session.domain}/conversations/${started.json.conversationId}/activities`, started.json.token);
    const welcome = (json.activities as Activity[]).filter(fromBot).map((activity) => activity.text ?? activity.attachments?.[0]?.content?.body?.map((block: { text?: string }) => block.text).join('\n') ?? '');
    expect(welcome[0]).toBe(words('welcome.greeting'));
    expect(welcome).toContain(words('goalCheck.welcomeBack'));
    expect(welcome.at(-1)).toContain(words('goalCheck.asked.prompt', { goal: ANSWERS.goal }));
    expect(welcome.join('\n')).not.toContain(words('menu.prompt'));
    // Asked: it is not sent again anywhere.
    now += 2 * HOUR;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 0, later: 0, dropped: 0 });
  });

  it('a key nobody planned with, or none, gets the ordinary welcome', async () => {
    await agreeToCheckIn('yes');
    now += 10 * 24 * HOUR; // "next Thursday lunchtime", from the reframe
    for (const body of [{ returnKey: 'x'.repeat(32) }, {}]) {
      const session = await (await fetch(`${running.url}/api/webchat/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })).json() as { domain: string; token: string };
      const started = await callDirectLine(`${session.domain}/conversations`, session.token, 'POST', {});
      const { json } = await callDirectLine(`${session.domain}/conversations/${started.json.conversationId}/activities`, started.json.token);
      expect((json.activities as Activity[]).map((activity) => activity.text ?? '').join('\n')).not.toContain(words('goalCheck.welcomeBack'));
    }
  });
});
