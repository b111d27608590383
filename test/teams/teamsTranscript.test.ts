import type { Activity } from 'botbuilder';
import { choiceLabel, words } from '../../src/content/copy';
import { loadFaq } from '../../src/faq/content';
import { crisisLine } from '../../src/safety/crisisCopy';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import { allText, cardChoiceIds, lastText, suggestedLabels } from '../helpers/activities';
import { openMemoryDb } from '../helpers/memoryDb';
import { ANSWERS } from '../helpers/reframeScript';
import { TEAMS_BOT, TEAMS_PERSON, TeamsChat } from './teamsChat';

const prompt = (step: string): string => words(`steps.reframe.${step}.prompt`);
const welcomes = (text: string): number => text.split(words('welcome.greeting')).length - 1;
const SENT = /Sent\. Your reference is \*\*(BB-[A-Z0-9]{5})\*\*\./;

let db: SqliteDb;
let chat: TeamsChat;

beforeEach(async () => {
  db = await openMemoryDb();
  chat = new TeamsChat(db);
});

afterEach(async () => {
  await db.close();
});

describe('installing the app in a personal chat', () => {
  it('welcomes once on the installationUpdate, with the menu as three suggested actions', async () => {
    const welcome = await chat.install();
    expect(welcomes(allText(welcome))).toBe(1);
    expect(allText(welcome)).toContain(words('welcome.disclaimer'));
    expect(lastText(welcome)).toBe(words('menu.prompt'));
    expect(suggestedLabels(welcome)).toEqual([choiceLabel('reframe.start'), choiceLabel('cmd.faq'), choiceLabel('cmd.human')]);
  });

  // Teams sends both on a first install, in either order: the person must still be welcomed exactly once.
  it.each([
    ['the bot and the person', [TEAMS_BOT, TEAMS_PERSON]],
    ['only the bot', [TEAMS_BOT]],
  ])('a conversationUpdate adding %s, before or after the installationUpdate, adds no second welcome', async (_name, members) => {
    const before = await chat.membersAdded(members);
    const install = await chat.install();
    const after = await chat.membersAdded(members);
    expect(before).toEqual([]);
    expect(after).toEqual([]);
    expect(welcomes(allText(install))).toBe(1);
  });

  it('does not welcome again when the app is upgraded', async () => {
    await chat.install();
    expect(await chat.send({ type: 'installationUpdate', action: 'add-upgrade' })).toEqual([]);
  });

  it('welcomes a returning person back, with the four choices on a card', async () => {
    await chat.install();
    await chat.say(choiceLabel('reframe.start'));
    await chat.say(ANSWERS.what);
    const back = await chat.install();
    expect(allText(back)).toContain(words('welcome.returning'));
    expect(cardChoiceIds(back)).toEqual(['reframe.resume', 'reframe.restart', 'cmd.faq', 'cmd.human']);
    expect(suggestedLabels(back)).toEqual([]);
    expect(lastText(await chat.submit({ choice: 'reframe.resume' }))).toBe(prompt('feeling'));
  });
});

describe('a whole guided reframe in Teams', () => {
  it('uses card submits where there are more than three choices and suggested-action text elsewhere', async () => {
    const welcome = await chat.install();
    expect(lastText(await chat.say(suggestedLabels(welcome)[0]))).toBe(prompt('what'));
    const feeling = await chat.say(ANSWERS.what);
    expect(allText(feeling)).toContain(`“${ANSWERS.what}”`);
    expect(cardChoiceIds(feeling)).toEqual(['feeling.shame', 'feeling.selfCriticism', 'feeling.anxiety', 'feeling.disappointment']);
    expect(lastText(await chat.submit({ choice: 'feeling.shame' }))).toBe(prompt('intensity'));
    expect(lastText(await chat.say(ANSWERS.before))).toBe(prompt('friend'));
    expect(lastText(await chat.say(ANSWERS.friendWords))).toBe(prompt('selfTalk'));
    const thought = await chat.say(ANSWERS.selfWords);
    expect(lastText(thought)).toBe(prompt('thought'));
    const named = await chat.say(ANSWERS.thought);
    expect(allText(named)).toContain(words('patterns.labelling.reflect'));
    expect(lastText(await chat.say(ANSWERS.evidence))).toBe(prompt('balanced'));
    expect(lastText(await chat.say(ANSWERS.balanced))).toBe(prompt('goal'));
    expect(lastText(await chat.say(ANSWERS.goal))).toBe(prompt('when'));
    const mindful = await chat.say(ANSWERS.when);
    expect(suggestedLabels(mindful)).toEqual([choiceLabel('mindful.ready')]);
    expect(lastText(await chat.say(suggestedLabels(mindful)[0]))).toBe(prompt('rerate'));

    const summary = await chat.say(ANSWERS.after);
    const text = allText(summary);
    expect(text).toContain(`**What happened:** ${ANSWERS.what}`);
    expect(text).toContain('**How it felt:** Shame, 8/10 at the start');
    expect(text).toContain(`**Your balanced thought:** ${ANSWERS.balanced}`);
    expect(text).toContain('**The feeling now:** 4/10 (it was 8/10).');
    expect(lastText(summary)).toBe(words('goalCheck.offer.promptAt', { goal: ANSWERS.goal, when: ANSWERS.when }));
    // Stored under the Teams channel and this conversation.
    expect(await chat.core.store.sizeOf('msteams/a:1teams-personal-chat')).toBeGreaterThan(0);
  });

  it('takes only the choices the step offers from a card submit', async () => {
    await chat.install();
    await chat.say(choiceLabel('reframe.start'));
    await chat.say(ANSWERS.what);
    const forged = await chat.submit({ choice: 'reframe.restart' });
    expect(allText(forged)).toContain(words('steps.reframe.feeling.need'));
    expect(lastText(forged)).toBe(prompt('feeling'));
  });
});

describe('questions in Teams', () => {
  const [entry] = loadFaq();

  it('answers a typed question with the article’s own words', async () => {
    await chat.install();
    expect(allText(await chat.say(entry.question))).toContain(entry.answer);
  });

  it('lists every question on a card (more than three), and a card submit answers one', async () => {
    await chat.install();
    const list = await chat.say(choiceLabel('cmd.faq'));
    const ids = messagesWithCards(list).flatMap((activity) => cardChoiceIds([activity]));
    expect(ids).toContain(`faq.${entry.id}`);
    expect(ids.length).toBe(loadFaq().length);
    expect(allText(await chat.submit({ choice: `faq.${entry.id}` }))).toContain(entry.answer);
  });
});

describe('contact a professional in Teams', () => {
  it('shows the form card; submitting it fills the confirmation, and sending saves the request', async () => {
    await chat.install();
    expect(allText(await chat.say(choiceLabel('cmd.human')))).toContain(words('handoff.consent.prompt'));
    const form = await chat.submit({ choice: 'handoff.consent.yes' });
    expect(allText(form)).toContain(words('handoff.name.prompt'));
    const confirm = await chat.submit({ form: 'contact', name: 'Sam Jones', contact: 'sam@example.com', time: 'weekday mornings', note: 'Email first, please' });
    expect(allText(confirm)).toContain('**Name:** Sam Jones');
    expect(allText(confirm)).toContain('**Contact:** sam@example.com');
    expect(allText(await chat.submit({ choice: 'handoff.send' }))).toMatch(SENT);
    expect(await chat.core.handoff.requests.list()).toEqual([
      expect.objectContaining({ channelId: 'msteams', name: 'Sam Jones', contact: 'sam@example.com', time: 'weekday mornings', note: 'Email first, please' }),
    ]);
  });
});

describe('crisis language in Teams', () => {
  it('answers with the UK helplines for an en-GB person, within Teams’ limits', async () => {
    await chat.install();
    await chat.say(choiceLabel('reframe.start'));
    const reply = await chat.say('I want to die');
    expect(allText(reply)).toContain('Samaritans');
    expect(allText(reply)).toContain('116 123');
    // Four answers are more than Teams shows as suggested actions: they come as card buttons.
    expect(lastText(reply)).toBe(crisisLine('askSafe', 'GB', 'suicidal'));
    expect(cardChoiceIds(reply)).toEqual(['crisis.safe', 'crisis.notSafe', 'crisis.grounding', 'cmd.human']);
  });
});

describe('an @mention of the bot', () => {
  it('is taken out of the text, so "<at>Bounce Back</at> menu" is the menu command', async () => {
    await chat.install();
    await chat.say(choiceLabel('reframe.start'));
    const reply = await chat.send({
      type: 'message',
      text: '<at>Bounce Back</at> menu',
      entities: [{ type: 'mention', mentioned: TEAMS_BOT, text: '<at>Bounce Back</at>' }],
    });
    // Had the mention stayed, the words would have been taken as the answer to "what happened".
    expect(lastText(reply)).toBe(words('menu.prompt'));
  });

  it('leaves a mention of someone else in the text', async () => {
    await chat.install();
    await chat.say(choiceLabel('reframe.start'));
    const reply = await chat.send({
      type: 'message',
      text: 'My boss <at>Alex</at> shouted at me in the team meeting',
      entities: [{ type: 'mention', mentioned: { id: '29:someone-else', name: 'Alex' }, text: '<at>Alex</at>' }],
    });
    expect(allText(reply)).toMatch(/My boss .*Alex.* shouted at me/);
    expect(lastText(reply)).toBe(prompt('feeling'));
  });
});

function messagesWithCards(activities: Array<Partial<Activity>>): Array<Partial<Activity>> {
  return activities.filter((activity) => (activity.attachments?.length ?? 0) > 0);
}

describe('a card submit that carries a mention but no text', () => {
  it('is read as the card submit it is', async () => {
    await chat.install();
    const reply = await chat.send({ type: 'message', value: { choice: 'reframe.start' }, entities: [{ type: 'mention', mentioned: TEAMS_BOT, text: '<at>Bounce Back</at>' }] });
    expect(lastText(reply)).toBe(prompt('what'));
  });
});
