import { choiceLabel, words } from '../../src/content/copy';
import { MAX_BODY_BYTES } from '../../src/server';
import { allText } from '../helpers/activities';
import { rawRow, startApp, type RunningApp } from '../helpers/app';
import { incoming, post, sayOverHttp } from '../helpers/http';

describe('HTTP', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp();
  });

  afterAll(async () => {
    await running.stop();
  });

  let checks = 0;

  /** The process is still answering turns normally. */
  async function expectTurnsStillWork(): Promise<void> {
    checks += 1;
    const reply = await sayOverHttp(running.url, `check-${checks}`, 'hi');
    expect(reply.status).toBe(200);
    expect(allText(reply.activities)).toContain(words('welcome.greeting'));
  }

  it('GET /healthz answers 200', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('an unknown route answers 404 with JSON', async () => {
    const response = await fetch(`${running.url}/no/such/route`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(await response.json()).toEqual(expect.objectContaining({ code: expect.any(String) }));
  });

  it('a message with deliveryMode expectReplies gets its replies in the response', async () => {
    const reply = await sayOverHttp(running.url, 'http-normal', 'hello');
    expect(reply.status).toBe(200);
    expect(allText(reply.activities)).toContain(words('menu.prompt'));
  });

  it('malformed JSON gets 400 and does not crash the process', async () => {
    const response = await post(running.url, '{"type": "message", "text": ');
    expect(response.status).toBe(400);
    await expectTurnsStillWork();
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded', 'type=message&text=hello'],
    ['a multipart form', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nhello\r\n--x--'],
    ['plain text', 'text/plain', JSON.stringify(incoming('http-form', { text: 'hello' }))],
  ])('%s body gets 415, reaches no conversation, and turns still work', async (_name, contentType, body) => {
    const response = await post(running.url, body, contentType);
    expect(response.status).toBe(415);
    expect(await rawRow(running.app, 'directline/http-form')).toBeUndefined();
    await expectTurnsStillWork();
  });

  /** `{"a":{"a":…}}`, `levels` objects deep. */
  const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
  const activityWith = (conversationId: string, field: string, json: string): string =>
    JSON.stringify(incoming(conversationId, { text: 'hello', [field]: '(here)' })).replace('"(here)"', json);
  const withoutType = (): string => {
    const { type: _type, ...rest } = incoming('http-bad-no-type', { text: 'hello' });
    return JSON.stringify(rest);
  };

  it.each([
    ['an activity with no type', 'http-bad-no-type', withoutType()],
    ['JSON nested 6,000 levels deep', 'unknown', nested(6000)],
    ['an activity with a field nested 6,000 levels deep', 'http-bad-deep', activityWith('http-bad-deep', 'channelData', nested(6000))],
    ['an activity whose serviceUrl is not text', 'http-bad-url', activityWith('http-bad-url', 'serviceUrl', '{"x":1}')],
    ['an activity with no conversation id', 'unknown', activityWith('unused', 'conversation', '{}')],
  ])('%s gets 400 with a short JSON message, runs no turn, and turns still work', async (_name, conversationId, body) => {
    const response = await post(running.url, body);
    expect(response.status).toBe(400);
    const answer = JSON.parse(response.body) as { error: { code: string; message: string } };
    expect(answer).toEqual({ error: { code: 'BadRequest', message: expect.any(String) } });
    // Short and ours: no stack, no botbuilder internals.
    expect(answer.error.message.length).toBeLessThan(80);
    expect(answer.error.message).not.toMatch(/Error|\bat |validateAndFixActivity|req\.body/);
    expect(await rawRow(running.app, `directline/${conversationId}`)).toBeUndefined();
    await expectTurnsStillWork();
  });

  it('a body over 256 KB gets 413 and does not crash the process', async () => {
    const body = JSON.stringify(incoming('http-big', { text: 'x'.repeat(MAX_BODY_BYTES + 1) }));
    expect(MAX_BODY_BYTES).toBe(256 * 1024);
    const response = await post(running.url, body);
    expect(response.status).toBe(413);
    expect(await rawRow(running.app, 'directline/http-big')).toBeUndefined();
    await expectTurnsStillWork();
  });

  it('an unknown activity type gets 200 and changes nothing stored', async () => {
    await sayOverHttp(running.url, 'http-unknown', 'hi');
    await sayOverHttp(running.url, 'http-unknown', choiceLabel('reframe.start'));
    await sayOverHttp(running.url, 'http-unknown', 'I missed the train to the interview');
    const before = await rawRow(running.app, 'directline/http-unknown');
    expect(before).toBeDefined();
    const response = await post(running.url, JSON.stringify(incoming('http-unknown', { type: 'somethingNew', text: 'menu' })));
    expect(response.status).toBe(200);
    expect(await rawRow(running.app, 'directline/http-unknown')).toEqual(before);
    await expectTurnsStillWork();
  });

  it('a conversation stored by an older machine version gets the apology and a fresh start', async () => {
    await running.app.store.save('directline/http-old', { v: 0, s: { status: 'active', value: { reframe: 'goal' }, context: { answers: { what: 'x' } } } }, null);
    const reply = await sayOverHttp(running.url, 'http-old', 'hello');
    expect(reply.status).toBe(200);
    const texts = reply.activities.filter((activity) => activity.type === 'message').map((activity) => activity.text);
    expect(texts[0]).toBe(words('global.restartApology'));
    expect(texts.at(-1)).toBe(words('menu.prompt'));
  });

  it('an unknown activity type for a new conversation stores nothing', async () => {
    const response = await post(running.url, JSON.stringify(incoming('http-unknown-new', { type: 'somethingNew' })));
    expect(response.status).toBe(200);
    expect(await rawRow(running.app, 'directline/http-unknown-new')).toBeUndefined();
  });
});
