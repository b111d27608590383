import { choiceLabel, words } from '../../src/content/copy';
import { readableText } from '../helpers/activities';
import { connectorStandIn, type StandIn } from '../helpers/connectorStandIn';
import { incoming, post } from '../helpers/http';
import { ANSWERS, TYPED_TURNS } from '../helpers/reframeScript';
import { startApp, type Running } from '../directline/support';
import { scrape, valueOf } from '../metrics/scrape';

const DAY = 24 * 3_600_000;
const ADMIN_TOKEN = 'staff-token-for-the-tests';

/** What the person reads in what the bot posted: text, and the text of Teams' cards (buttons come as cards there). */
const textOf = (posts: StandIn['posts']): string => posts.map((reply) => readableText(reply.body ?? {})).join('\n');

/**
 * Teams, over real HTTP against a local stand-in for the Bot Connector service (the outside border): the bot posts its
 * replies, and later the proactive check-in, to the serviceUrl of the conversation reference it kept with consent.
 */
describe('a check-in on the goal reaches Teams by proactive message when it is due', () => {
  let running: Running;
  let connector: StandIn;
  let now: number;

  beforeEach(async () => {
    now = Date.parse('2026-12-01T10:00:00Z');
    connector = await connectorStandIn(true);
    running = await startApp({ OUTBOUND_TIMEOUT_SECONDS: '2', ADMIN_TOKEN }, undefined, { now: () => now });
  });
  afterEach(async () => {
    await running.app.close();
    await connector.close();
  });

  /** The person types in a Teams personal chat; the bot's replies go to the connector, as Teams delivers them. */
  async function typeInTeams(text: string, serviceUrl = connector.url): Promise<string> {
    const before = connector.posts.length;
    const activity = {
      ...incoming('a:teams-chat-1', { text, serviceUrl, channelId: 'msteams', localTimezone: 'Europe/London' }),
      conversation: { id: 'a:teams-chat-1', conversationType: 'personal' },
      deliveryMode: undefined,
    };
    const sent = await post(running.url, JSON.stringify(activity));
    expect(sent.status).toBe(200);
    return textOf(connector.posts.slice(before));
  }

  async function agreeToCheckIn(): Promise<void> {
    await typeInTeams(choiceLabel('reframe.start'));
    for (const text of TYPED_TURNS) await typeInTeams(text);
    expect(await typeInTeams('yes')).toContain(words('goalCheck.scheduled', { on: 'Thursday 10 December at 18:00' }));
  }

  const proactive = (from: number) => connector.posts.slice(from).filter((reply) => reply.path.startsWith('/v3/conversations/a%3Ateams-chat-1/activities'));

  it('is sent once, when due, to the kept conversation, and the person answers it there', async () => {
    await agreeToCheckIn();
    // Where to reach them, and no more: ids and the service address, not the person's name.
    const { address } = (await running.app.db.get<{ address: string }>('SELECT address FROM goal_checks'))!;
    expect(JSON.parse(address)).toMatchObject({ serviceUrl: connector.url, conversation: { id: 'a:teams-chat-1' }, user: { id: 'person-1' } });
    expect(address).not.toContain('Sam');
    const before = connector.posts.length;
    now += DAY;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 0, later: 0, dropped: 0 });
    expect(connector.posts.length).toBe(before);

    now += 9 * DAY;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 1, later: 0, dropped: 0 });
    const sent = proactive(before);
    expect(textOf(sent)).toContain(words('goalCheck.asked.prompt', { goal: ANSWERS.goal }));
    expect(sent[0].body.conversation.id).toBe('a:teams-chat-1');
    // Sent once: nothing is left to send.
    now += DAY;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 0, later: 0, dropped: 0 });
    // Counted for the operators, without any text.
    const { samples, text } = await scrape(running.url, ADMIN_TOKEN);
    expect(valueOf(samples, 'bounce_back_goal_checks_total', { result: 'asked' })).toBe(1);
    expect(valueOf(samples, 'bounce_back_goal_checks_planned')).toBe(0);
    expect(text).not.toContain('Practise');

    const reply = await typeInTeams('It went well actually');
    expect(reply).toContain(words('goalCheck.reflect.well'));
    expect(reply).toContain(words('goalCheck.next.prompt'));
  });

  it('a connector that cannot be reached is tried again later, and the check-in is not lost', async () => {
    await agreeToCheckIn();
    const reachable = connector;
    const down = await connectorStandIn(false);
    await down.close();
    // The kept reference's serviceUrl now leads nowhere: point the conversation at a closed port.
    await running.app.db.run('UPDATE goal_checks SET address = REPLACE(address, $1, $2)', [reachable.url, down.url]);
    now += 10 * DAY;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 0, later: 1, dropped: 0 });
    await running.app.db.run('UPDATE goal_checks SET address = REPLACE(address, $1, $2)', [down.url, reachable.url]);
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 0, later: 0, dropped: 0 });
    now += 2 * 60_000;
    const before = connector.posts.length;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 1, later: 0, dropped: 0 });
    expect(textOf(proactive(before))).toContain(words('goalCheck.asked.prompt', { goal: ANSWERS.goal }));
  });

  it('"stop check-ins" before it is due: nothing is sent', async () => {
    await agreeToCheckIn();
    expect(await typeInTeams('stop check-ins')).toContain(words('goalCheck.stopped', { cancelled: 1 }));
    now += 10 * DAY;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 0, later: 0, dropped: 0 });
  });

  it('waits while the person is in the middle of a new reframe, then asks once they are done', async () => {
    await agreeToCheckIn();
    await typeInTeams(choiceLabel('reframe.start'));
    now += 10 * DAY;
    const before = connector.posts.length;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 0, later: 1, dropped: 0 });
    expect(connector.posts.length).toBe(before);
    await typeInTeams('menu');
    now += 61 * 60_000;
    expect(await running.app.goalChecks.runOnce()).toEqual({ asked: 1, later: 0, dropped: 0 });
  });
});
