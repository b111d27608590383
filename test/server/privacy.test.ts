import { choiceLabel, words } from '../../src/content/copy';
import { allText } from '../helpers/activities';
import { startApp, type RunningApp } from '../helpers/app';
import { post, sayOverHttp } from '../helpers/http';
import { ANSWERS, DISTINCTIVE_WORDS, TYPED_TURNS } from '../helpers/reframeScript';

describe('privacy: logs never contain what a person typed', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp('trace');
  });

  afterAll(async () => {
    await running.stop();
  });

  it('a whole reframe at trace level logs none of the person’s words', async () => {
    const conversation = 'privacy-1';
    await sayOverHttp(running.url, conversation, 'hi');
    await sayOverHttp(running.url, conversation, choiceLabel('reframe.start'));
    let last = '';
    for (const text of TYPED_TURNS) last = allText((await sayOverHttp(running.url, conversation, text)).activities);
    // The reframe really ran: the summary quotes the person.
    expect(last).toContain(words('summary.title'));
    expect(last).toContain(ANSWERS.balanced);
    // A rejected request carrying the person's words is logged too, and must not echo them.
    expect((await post(running.url, `{"text": "${ANSWERS.what}", `)).status).toBe(400);

    const logs = running.logs.text;
    expect(logs).toContain('"event":"http.rejected"');
    for (const word of DISTINCTIVE_WORDS) expect(logs.toLowerCase()).not.toContain(word.toLowerCase());
  });
});
