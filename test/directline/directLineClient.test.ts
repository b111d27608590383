import { choiceLabel, words } from '../../src/content/copy';
import { loadFaq } from '../../src/faq/content';
import { connect, newSession, provideWebSocketGlobal, startApp, type Activity, type Client, type Running } from './support';

provideWebSocketGlobal();

const fromBot = (activity: Activity): boolean => activity.from?.role === 'bot';
const says = (text: string) => (activity: Activity): boolean => fromBot(activity) && activity.type === 'message' && activity.text === text;
/** A bot message showing the text, as its text or in a card's text block (an answer with related-question buttons is a card). */
const shows = (text: string) => (activity: Activity): boolean =>
  says(text)(activity) || (fromBot(activity) && (activity.attachments ?? []).some((card: { content?: { body?: Array<{ text?: string }> } }) => card.content?.body?.some((block) => block.text === text)));
const GROWTH_MINDSET_ANSWER = loadFaq().find((entry) => entry.id === 'growth-mindset')?.answer ?? 'missing from content/faq.json';

describe.each([
  ['WebSocket', true],
  ['polling', false],
])('the real botframework-directlinejs client over %s', (_mode, webSocket) => {
  let running: Running;
  const clients: Client[] = [];
  const open = (options: Parameters<typeof connect>[0]): Client => {
    const client = connect(options);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(async () => {
    for (const client of clients) client.end();
    await running.app.close();
  });

  it('starts with the welcome, answers a question and a step, reconnects without duplicates, and refuses a foreign token', async () => {
    const session = await newSession(running.url);
    expect(session.domain).toBe(`${running.url}/v3/directline`);
    const client = open({ domain: session.domain, token: session.token, webSocket });

    await client.waitFor(says(words('welcome.greeting')), 'the welcome');
    const menu = await client.waitFor(says(words('menu.prompt')), 'the menu');
    expect(menu.suggestedActions.actions.map((action: { title: string }) => action.title)).toContain(choiceLabel('reframe.start'));

    const questionId = await client.send('what is a growth mindset?', 'client-question');
    const echo = await client.waitFor((activity) => activity.channelData?.clientActivityID === 'client-question', 'the echo of the question');
    expect(echo.id).toBe(questionId);
    expect(echo.id).toMatch(new RegExp(`^${session.conversationId}\\|\\d+$`));
    await client.waitFor(shows(GROWTH_MINDSET_ANSWER), 'the article\'s answer');

    await client.send(choiceLabel('reframe.start'), 'client-start');
    await client.waitFor(says(words('steps.reframe.what.prompt')), 'the first step');
    await client.send('I missed a deadline at work', 'client-what');
    const feeling = await client.waitFor(says(words('steps.reframe.feeling.prompt')), 'the feeling step');
    expect(feeling.suggestedActions.actions.map((action: { title: string }) => action.title)).toContain(choiceLabel('feeling.shame'));
    if (webSocket) {
      // The answer came in two messages, so a typing indicator went first, over the socket.
      expect(client.seen.some((activity) => activity.type === 'typing' && fromBot(activity))).toBe(true);
    }

    // Reconnect from the middle: only later activities, each once, in order.
    const stored = client.seen.filter((activity) => activity.type !== 'typing');
    const middle = stored[Math.floor(stored.length / 2)].id.split('|')[1] as string;
    const resumed = open({ domain: session.domain, token: session.token, webSocket, conversationId: session.conversationId, watermark: middle });
    await resumed.waitFor((activity) => activity.id === feeling.id, 'the latest activity after reconnecting');
    const replayed = resumed.seen.filter((activity) => activity.type !== 'typing').map((activity) => activity.id as string);
    expect(replayed).toEqual(stored.map((activity) => activity.id).filter((id) => Number(id.split('|')[1]) > Number(middle)));
    expect(new Set(replayed).size).toBe(replayed.length);

    // A token for another conversation can read nothing of this one.
    const other = await newSession(running.url);
    const foreign = await fetch(`${session.domain}/conversations/${session.conversationId}/activities?watermark=`, {
      headers: { Authorization: `Bearer ${other.token}` },
    });
    expect([401, 403]).toContain(foreign.status);
    expect(JSON.stringify(await foreign.json())).not.toContain('deadline');
  });
});
