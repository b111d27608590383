import fs from 'node:fs';
import { HARM_KINDS } from '../../src/safety/harmKind';
import { connect, newSession, provideWebSocketGlobal, startApp, type Activity, type Client, type Running } from '../directline/support';
import { words } from '../../src/content/copy';
import { scrape, valueOf, type Sample } from './scrape';
import { eventually } from '../helpers/eventually';

provideWebSocketGlobal();

const TOKEN = 'staff-token-0123456789abcdef';
const WEBCHAT = { channel: 'webchat' };
const UNANSWERABLE = 'how much does therapy cost?';
const CRISIS = 'I want to kill myself';

/** Every value a bounce_back_* label may take: fixed sets, so nothing anyone typed can reach a label. */
const ALLOWED: Record<string, readonly string[]> = {
  channel: ['webchat', 'teams', 'emulator', 'other'],
  tier: ['clear', 'checkIn'],
  kind: HARM_KINDS,
  outcome: ['answered', 'clarified', 'unanswered'],
  destination: ['webhook', 'email'],
  result: ['asked', 'later', 'dropped'],
};
const isBucketBound = (value: string): boolean => value === '+Inf' || Number.isFinite(Number(value));

describe('/metrics after turns through the web chat', () => {
  let running: Running;
  let client: Client;
  const metrics = async (): Promise<Sample[]> => (await scrape(running.url, TOKEN)).samples;

  beforeAll(async () => {
    running = await startApp({ ADMIN_TOKEN: TOKEN });
    const session = await newSession(running.url);
    client = connect({ domain: session.domain, token: session.token, webSocket: true });
    await client.waitFor((activity: Activity) => activity.from?.role === 'bot' && activity.text === words('menu.prompt'), 'the menu');
  });

  afterAll(async () => {
    client.end();
    await running.app.close();
    fs.rmSync(running.dir, { recursive: true, force: true });
  });

  /** Sends one message and waits until its turn is counted. */
  async function turn(text: string): Promise<{ before: Sample[]; after: Sample[] }> {
    const before = await metrics();
    let after = before;
    await client.send(text, `metrics-${Date.now()}`);
    await eventually(async () => {
      after = await metrics();
      return valueOf(after, 'bounce_back_turns_total', WEBCHAT) > valueOf(before, 'bounce_back_turns_total', WEBCHAT);
    }, `the turn for "${text}" to be counted`);
    return { before, after };
  }
  const rise = (name: string, labels: Record<string, string>, { before, after }: { before: Sample[]; after: Sample[] }): number =>
    valueOf(after, name, labels) - valueOf(before, name, labels);

  it('shows the open stream', async () => {
    expect(valueOf(await metrics(), 'bounce_back_webchat_streams_open')).toBe(1);
  });

  it('counts a turn once, and times it, by channel kind', async () => {
    const change = await turn('what is a growth mindset?');
    expect(rise('bounce_back_turns_total', WEBCHAT, change)).toBe(1);
    expect(rise('bounce_back_turn_duration_seconds_count', WEBCHAT, change)).toBe(1);
    expect(rise('bounce_back_turn_duration_seconds_sum', WEBCHAT, change)).toBeGreaterThan(0);
    expect(rise('bounce_back_turn_duration_seconds_bucket', { ...WEBCHAT, le: '+Inf' }, change)).toBe(1);
    expect(rise('bounce_back_faq_lookups_total', { outcome: 'answered' }, change)).toBe(1);
    expect(rise('bounce_back_faq_lookups_total', { outcome: 'unanswered' }, change)).toBe(0);
  });

  it('counts a question the article cannot answer as unanswered', async () => {
    const change = await turn(UNANSWERABLE);
    expect(rise('bounce_back_faq_lookups_total', { outcome: 'unanswered' }, change)).toBe(1);
    expect(rise('bounce_back_faq_lookups_total', { outcome: 'answered' }, change)).toBe(0);
    expect(rise('bounce_back_faq_lookups_total', { outcome: 'clarified' }, change)).toBe(0);
  });

  it('counts a crisis reply by its tier and kind of harm, and no other', async () => {
    const change = await turn(CRISIS);
    for (const tier of ALLOWED.tier) {
      for (const kind of HARM_KINDS) {
        expect([tier, kind, rise('bounce_back_crisis_replies_total', { tier, kind }, change)]).toEqual([tier, kind, tier === 'clear' && kind === 'suicidal' ? 1 : 0]);
      }
    }
  });

  it('carries nothing anyone typed: every label comes from a fixed set', async () => {
    const { text, samples } = await scrape(running.url, TOKEN);
    const ours = samples.filter((sample) => sample.name.startsWith('bounce_back_'));
    expect(ours.length).toBeGreaterThan(20);
    for (const { name, labels } of ours) {
      for (const [label, value] of Object.entries(labels)) {
        const allowed = label === 'le' ? isBucketBound(value) : (ALLOWED[label] ?? []).includes(value);
        expect({ name, label, value, allowed }).toEqual({ name, label, value, allowed: true });
      }
    }
    for (const typed of ['growth mindset', 'therapy', 'kill myself']) expect(text.toLowerCase()).not.toContain(typed);
  });

  it('shows the stream closed once the page goes', async () => {
    client.end();
    await eventually(async () => valueOf(await metrics(), 'bounce_back_webchat_streams_open') === 0, 'the stream gauge to fall to 0');
  });
});
