import { loadConfig } from '../../src/config/config';
import { choiceLabel, words } from '../../src/content/copy';
import { happened } from '../../src/conversation/engine';
import { createCore, type Core } from '../../src/core';
import { traitsFor } from '../../src/render/channelTraits';
import { renderTurn } from '../../src/render/render';
import { describeTime } from '../../src/goalChecks/goalCheckTime';
import { createLogger } from '../../src/logger';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import { allText } from '../helpers/activities';
import { BotConversation } from '../helpers/botConversation';
import { openMemoryDb } from '../helpers/memoryDb';
import { ANSWERS, TYPED_TURNS } from '../helpers/reframeScript';

const KEY = 'test/conversation-1';
const HOUR = 3_600_000;
/** Tuesday 1 December 2026, 10:00 in London. */
const START = Date.parse('2026-12-01T10:00:00Z');

let db: SqliteDb;
let core: Core;
let chat: BotConversation;
let now: number;

beforeEach(async () => {
  now = START;
  db = await openMemoryDb();
  core = createCore(db, loadConfig({}), createLogger('silent'), { notifiers: {}, now: () => now });
  chat = new BotConversation(core.engine);
  await chat.say('hi');
});
afterEach(async () => db.close());

const say = async (text: string): Promise<string> => allText(await chat.say(text));

/** A whole reframe, with `when` as the answer to "When might you try it?", ending at `after`/10 (it began at 8). */
async function reframe(when: string | null = ANSWERS.when, after = '4'): Promise<string> {
  await say(choiceLabel('reframe.start'));
  for (const text of TYPED_TURNS.slice(0, 9)) await say(text);
  await say(when ?? choiceLabel('when.skip'));
  await say("I'm ready");
  return say(after);
}

/** The check-in falling due: the turn the scheduler runs, with what it says. */
async function fallDue(): Promise<{ text: string; asked: boolean }> {
  const result = await core.engine.turn(KEY, { kind: 'goalCheckDue', goal: ANSWERS.goal });
  const asked = happened(result, 'goalCheck.asked') !== undefined;
  // As the channel does: only a check-in that was asked is sent.
  return { text: asked ? allText(renderTurn(result, traitsFor('test'))) : '', asked };
}

describe('the end of a reframe offers a check-in on the learning goal', () => {
  it('offers it at the time the person gave, keeps the goal, time and place on "yes", and says when in their zone', async () => {
    const close = await reframe();
    expect(close).toContain(words('close.lower', { before: 8, after: 4 }));
    expect(close).toContain(words('goalCheck.offer.promptAt', { goal: ANSWERS.goal, when: ANSWERS.when }));
    expect(await core.goalChecks.plannedFor(KEY)).toEqual([]);

    const agreed = await say('yes please');
    const [planned] = await core.goalChecks.plannedFor(KEY);
    expect(planned).toEqual({ goal: ANSWERS.goal, dueAt: expect.any(Number), timeZone: 'Europe/London' });
    // "next Thursday lunchtime": a day after today, asked that evening.
    expect(new Date(planned.dueAt).getUTCDay()).toBe(4);
    expect(agreed).toContain(words('goalCheck.scheduled', { on: describeTime(planned.dueAt, 'Europe/London') }));
    expect(agreed).toContain(words('menu.prompt'));
  });

  it('"no" keeps nothing, and the menu follows', async () => {
    await reframe();
    const declined = await say('no thanks');
    expect(declined).toContain(words('goalCheck.declined'));
    expect(declined).toContain(words('menu.prompt'));
    expect(await core.goalChecks.plannedFor(KEY)).toEqual([]);
  });

  it('with no time given, it offers 3 days from now', async () => {
    expect(await reframe(null)).toContain(words('goalCheck.offer.prompt', { goal: ANSWERS.goal }));
    await say(choiceLabel('goalCheck.yes'));
    expect((await core.goalChecks.plannedFor(KEY))[0].dueAt).toBe(START + 72 * HOUR);
  });

  it('a time typed at the offer is taken instead; words that are no time are asked again, and nothing is kept', async () => {
    await reframe();
    const unclear = await say('whenever really');
    expect(unclear).toContain(words('goalCheck.timeUnclear'));
    expect(unclear).toContain(words('goalCheck.offer.promptAt', { goal: ANSWERS.goal, when: ANSWERS.when }));
    expect(await core.goalChecks.plannedFor(KEY)).toEqual([]);

    const agreed = await say('friday evening');
    const [planned] = await core.goalChecks.plannedFor(KEY);
    expect(describeTime(planned.dueAt, 'Europe/London')).toMatch(/^Friday 4 December/);
    expect(agreed).toContain(words('goalCheck.scheduled', { on: describeTime(planned.dueAt, 'Europe/London') }));
  });

  it('a feeling that rose gets care and the way to a professional, not an offer of plans', async () => {
    const close = await reframe(ANSWERS.when, '9');
    expect(close).not.toContain(words('goalCheck.offer.promptAt', { goal: ANSWERS.goal, when: ANSWERS.when }));
    expect(close).toContain(choiceLabel('cmd.human'));
  });

  it('a time zone the channel gives is the one times are read and told in', async () => {
    await reframe();
    await chat.send({ type: 'message', text: 'yes', localTimezone: 'America/New_York' } as never);
    expect((await core.goalChecks.plannedFor(KEY))[0].timeZone).toBe('America/New_York');
  });
});

describe('the check-in itself', () => {
  beforeEach(async () => {
    await reframe();
    await say('yes');
  });

  it('asks how it went, by the goal, when it falls due at the menu', async () => {
    const due = await fallDue();
    expect(due.asked).toBe(true);
    // Days later, the bot speaks first: it says who it is, then asks.
    expect(due.text.indexOf(words('goalCheck.hello'))).toBe(0);
    expect(due.text).toContain(words('goalCheck.asked.prompt', { goal: ANSWERS.goal }));
  });

  it.each([
    ['It went well', 'well'],
    ['kinda', 'partly'],
    ['not yet tbh', 'notYet'],
    ["didn't get round to it", 'didntTry'],
    [choiceLabel('goalCheck.went.didntTry'), 'didntTry'],
  ])('"%s" gets the %s reflection, then the next steps', async (typed, progress) => {
    await fallDue();
    const reply = await say(typed);
    expect(reply).toContain(words(`goalCheck.reflect.${progress}`));
    expect(reply).toContain(words('goalCheck.next.prompt'));
  });

  it('words that say nothing of how it went are asked about again', async () => {
    await fallDue();
    const reply = await say('hmm');
    expect(reply).toContain(words('goalCheck.asked.need'));
  });

  it('a next small goal is set, with its time, and offered as a new check-in', async () => {
    await fallDue();
    await say('partly');
    expect(await say(choiceLabel('goalCheck.nextGoal'))).toContain(words('goalCheck.nextGoal.prompt'));
    expect(await say('Open with a story instead of slides')).toContain(words('goalCheck.nextWhen.prompt'));
    expect(await say('in a week')).toContain(words('goalCheck.offer.promptAt', { goal: 'Open with a story instead of slides', when: 'in a week' }));
    await say('yes');
    const [planned] = await core.goalChecks.plannedFor(KEY);
    expect(planned.goal).toBe('Open with a story instead of slides');
    // A day with no hour is asked about that evening.
    expect(describeTime(planned.dueAt, 'Europe/London')).toBe('Tuesday 8 December at 18:00');
  });

  it('"no more of these" just after being asked ends the check-in and says so, without "nothing to cancel"', async () => {
    await fallDue();
    const reply = await say('stop check-ins please');
    expect(reply).toContain(words('goalCheck.noMore'));
    expect(reply).not.toContain(words('goalCheck.noneToStop'));
    expect(reply).toContain(words('menu.prompt'));
  });

  it('a new reframe can start from it', async () => {
    await fallDue();
    await say('well');
    expect(await say(choiceLabel('reframe.start'))).toContain(words('steps.reframe.what.prompt'));
  });

  it('"No more check-ins" ends it at the menu', async () => {
    await fallDue();
    await say('well');
    const reply = await say(choiceLabel('goalCheck.stop'));
    expect(reply).toContain(words('goalCheck.noMore'));
    expect(reply).toContain(words('menu.prompt'));
  });

  it('coming back to a check-in that waited: the welcome mentions it and asks it before anything else', async () => {
    await fallDue();
    const back = allText(await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: 'person-1', name: 'Sam' }] }));
    expect(back).toContain(words('goalCheck.welcomeBack'));
    expect(back.trim().endsWith(words('goalCheck.asked.prompt', { goal: ANSWERS.goal }).trim())).toBe(true);
  });

  it('waits while the person is in the middle of something, and nothing is said', async () => {
    await say(choiceLabel('reframe.start'));
    await say('The tram was late and I missed the interview');
    const due = await fallDue();
    expect(due.asked).toBe(false);
    expect(await say('anxious')).toContain(words('steps.reframe.intensity.prompt'));
  });
});

describe('"stop check-ins", "what do you know about me" and "delete my data"', () => {
  beforeEach(async () => {
    await reframe();
    await say('yes');
  });

  it('"stop check-ins" cancels the planned one, wherever the person is; again, there is none', async () => {
    await say(choiceLabel('reframe.start'));
    const stopped = await say('stop check-ins');
    expect(stopped).toContain(words('goalCheck.stopped', { cancelled: 1 }));
    expect(stopped).toContain(words('steps.reframe.what.prompt'));
    expect(await core.goalChecks.plannedFor(KEY)).toEqual([]);
    expect(await say('please cancel my check in')).toContain(words('goalCheck.noneToStop'));
  });

  it('"what do you know about me" names the goal and when', async () => {
    const [planned] = await core.goalChecks.plannedFor(KEY);
    expect(await say('what do you know about me')).toContain(words('privacy.shown.goalCheck', { goal: ANSWERS.goal, on: describeTime(planned.dueAt, 'Europe/London') }));
  });

  it('"delete my data" removes the planned check-in, and says so', async () => {
    await say('delete my data');
    const deleted = await say(choiceLabel('privacy.delete.yes'));
    expect(deleted).toContain(words('privacy.deleted.goalChecks', { count: 1 }));
    expect(await core.goalChecks.plannedFor(KEY)).toEqual([]);
  });
});
