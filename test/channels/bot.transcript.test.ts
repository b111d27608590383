import type { Activity } from 'botbuilder';
import { choiceLabel, words } from '../../src/content/copy';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import { allText, cardChoiceIds, lastText, suggestedLabels } from '../helpers/activities';
import { BOT, BotConversation, PERSON } from '../helpers/botConversation';
import { createEngine } from '../helpers/engine';
import { openMemoryDb } from '../helpers/memoryDb';
import { ANSWERS } from '../helpers/reframeScript';


const prompt = (step: string): string => words(`steps.reframe.${step}.prompt`);
const need = (step: string): string => words(`steps.reframe.${step}.need`);

let db: SqliteDb;

beforeEach(async () => {
  db = await openMemoryDb();
});

afterEach(async () => {
  await db.close();
});

function conversation(channelId = 'test'): BotConversation {
  return new BotConversation(createEngine(db).engine, channelId);
}

/** Teams welcomes on the installationUpdate it sends every time the app is added in a personal chat. */
function install(chat: BotConversation): ReturnType<BotConversation['send']> {
  return chat.send({ type: 'installationUpdate', action: 'add' });
}

/** Answers up to (not including) the given step, by typing. */
async function typeUpTo(chat: BotConversation, step: 'feeling' | 'intensity' | 'friend' | 'thought'): Promise<void> {
  const order: Array<[string, string]> = [['what', ANSWERS.what], ['feeling', ANSWERS.feeling], ['intensity', ANSWERS.before], ['friend', ANSWERS.friendWords], ['selfTalk', ANSWERS.selfWords]];
  await chat.say(choiceLabel('reframe.start'));
  for (const [name, text] of order) {
    if (name === step) return;
    await chat.say(text);
  }
}

describe('the whole reframe through the bot', () => {
  it('typed from welcome to summary, quoting the person’s own words', async () => {
    const chat = conversation();
    const welcome = await chat.membersAdded([BOT, PERSON]);
    expect(allText(welcome)).toContain(words('welcome.greeting'));
    expect(allText(welcome)).toContain(words('welcome.disclaimer'));
    expect(lastText(welcome)).toBe(words('menu.prompt'));
    expect(suggestedLabels(welcome)).toEqual(['Work through a setback', 'Ask a question', 'Talk to a professional']);

    // Pressing a suggested action sends its value, the label, as text.
    expect(lastText(await chat.say(suggestedLabels(welcome)[0]))).toBe(prompt('what'));
    const reflected = await chat.say(ANSWERS.what);
    expect(allText(reflected)).toContain(`“${ANSWERS.what}”`);
    expect(lastText(reflected)).toBe(prompt('feeling'));
    expect(lastText(await chat.say(ANSWERS.feeling))).toBe(prompt('intensity'));
    expect(lastText(await chat.say(ANSWERS.before))).toBe(prompt('friend'));
    expect(lastText(await chat.say(ANSWERS.friendWords))).toBe(prompt('selfTalk'));
    expect(lastText(await chat.say(ANSWERS.selfWords))).toBe(prompt('thought'));
    const named = await chat.say(ANSWERS.thought);
    expect(allText(named)).toContain(words('patterns.labelling.reflect'));
    expect(lastText(named)).toBe(prompt('evidence'));
    expect(lastText(await chat.say(ANSWERS.evidence))).toBe(prompt('balanced'));
    expect(lastText(await chat.say(ANSWERS.balanced))).toBe(prompt('goal'));
    expect(lastText(await chat.say(ANSWERS.goal))).toBe(prompt('when'));
    const mindful = await chat.say(ANSWERS.when);
    expect(lastText(mindful)).toBe(prompt('mindful'));
    expect(lastText(await chat.say(suggestedLabels(mindful)[0]))).toBe(prompt('rerate'));

    const summary = await chat.say(ANSWERS.after);
    const text = allText(summary);
    expect(text).toContain(words('summary.title'));
    expect(text).toContain(`**What happened:** ${ANSWERS.what}`);
    expect(text).toContain(`**How it felt:** ${ANSWERS.feeling}, 8/10 at the start`);
    expect(text).toContain(`**Your kind words:** ${ANSWERS.selfWords}`);
    expect(text).toContain(`**Your balanced thought:** ${ANSWERS.balanced}`);
    expect(text).toContain(`**Your learning goal:** ${ANSWERS.goal}`);
    expect(text).toContain(`**When you'll try it:** ${ANSWERS.when}`);
    expect(text).toContain('**The feeling now:** 4/10 (it was 8/10).');
    // Then the offer of a check-in on the goal, at the time they gave; "no" keeps nothing, and the answers are gone, so
    // the menu offers a fresh start rather than "carry on".
    expect(lastText(summary)).toBe(words('goalCheck.offer.promptAt', { goal: ANSWERS.goal, when: ANSWERS.when }));
    expect(lastText(await chat.say('no thanks'))).toBe(words('menu.prompt'));
  });

  it('by pressing buttons on Teams: card buttons send {choice} with no text, suggested actions send their label', async () => {
    const chat = conversation('msteams');
    const welcome = await install(chat);
    expect(suggestedLabels(welcome)).toHaveLength(3);
    await chat.say(suggestedLabels(welcome)[0]);
    const feeling = await chat.say(ANSWERS.what);
    // Four feelings are more than Teams shows as suggested actions, so they come as card buttons.
    expect(cardChoiceIds(feeling)).toEqual(['feeling.shame', 'feeling.selfCriticism', 'feeling.anxiety', 'feeling.disappointment']);
    expect(lastText(await chat.press({ choice: 'feeling.anxiety' }))).toBe(prompt('intensity'));
    const friend = await chat.say('six');
    expect(suggestedLabels(friend)).toEqual([choiceLabel('step.skip')]);
    expect(lastText(await chat.say(suggestedLabels(friend)[0]))).toBe(prompt('thought'));
    await chat.say(ANSWERS.thought);
    await chat.say(ANSWERS.evidence);
    await chat.say(ANSWERS.balanced);
    const when = await chat.say(ANSWERS.goal);
    expect(suggestedLabels(when)).toEqual([choiceLabel('when.skip')]);
    expect(lastText(await chat.press({ choice: 'when.skip' }))).toBe(prompt('mindful'));
    expect(lastText(await chat.press({ choice: 'mindful.ready' }))).toBe(prompt('rerate'));

    const text = allText(await chat.say('2/10'));
    expect(text).toContain(`**What happened:** ${ANSWERS.what}`);
    expect(text).toContain('**How it felt:** Anxiety, 6/10 at the start');
    expect(text).toContain(`**Your balanced thought:** ${ANSWERS.balanced}`);
    expect(text).toContain(`**Your learning goal:** ${ANSWERS.goal}`);
    expect(text).toContain('**The feeling now:** 2/10 (it was 6/10).');
    // Skipped steps leave their lines out rather than showing them empty.
    expect(text).not.toContain('Your kind words');
    expect(text).not.toContain("When you'll try it");
  });
});

describe('welcome', () => {
  it('is not sent when only the bot is added', async () => {
    expect(await conversation().membersAdded([BOT])).toEqual([]);
  });

  it('is sent once when a person is added', async () => {
    const text = allText(await conversation().membersAdded([PERSON]));
    expect(text.split(words('welcome.greeting'))).toHaveLength(2);
    expect(text).not.toContain(words('welcome.returning'));
  });
});

describe('a returning person with an unfinished reframe', () => {
  it('is offered to carry on or start again, and "carry on" goes back to the exact step', async () => {
    const chat = conversation('msteams');
    await typeUpTo(chat, 'friend');
    const back = await install(chat);
    expect(allText(back)).toContain(words('welcome.returning'));
    expect(lastText(back)).toBe(words('menu.promptReturning'));
    expect(cardChoiceIds(back)).toEqual(['reframe.resume', 'reframe.restart', 'cmd.faq', 'cmd.human']);
    expect(lastText(await chat.press({ choice: 'reframe.resume' }))).toBe(prompt('friend'));
    await chat.say(ANSWERS.friendWords);
    expect(lastText(await chat.say(ANSWERS.selfWords))).toBe(prompt('thought'));
  });

  it('carries on by typing the label after saying hi', async () => {
    const chat = conversation();
    await typeUpTo(chat, 'intensity');
    const hello = await chat.say('hi');
    expect(allText(hello)).toContain(words('welcome.returning'));
    expect(suggestedLabels(hello)).toContain(choiceLabel('reframe.resume'));
    expect(lastText(await chat.say('carry on where I left off'))).toBe(prompt('intensity'));
  });

  it('"start again" begins afresh without the old answers', async () => {
    const chat = conversation('msteams');
    await typeUpTo(chat, 'friend');
    await install(chat);
    expect(lastText(await chat.press({ choice: 'reframe.restart' }))).toBe(prompt('what'));
    // Nothing unfinished any more: the menu no longer offers to carry on.
    expect(lastText(await chat.say('menu'))).toBe(words('menu.prompt'));
  });
});

describe('commands', () => {
  it('"back" goes to the previous step, and from the first step to the menu', async () => {
    const chat = conversation();
    await typeUpTo(chat, 'intensity');
    expect(lastText(await chat.say('back'))).toBe(prompt('feeling'));
    expect(lastText(await chat.say('Go back'))).toBe(prompt('what'));
    const atStart = await chat.say('back');
    expect(allText(atStart)).toContain(words('global.backAtStart'));
    expect(lastText(atStart)).toBe(words('menu.promptReturning'));
  });

  it('"start over" clears the answers and begins at the first step', async () => {
    const chat = conversation();
    await typeUpTo(chat, 'thought');
    const reply = await chat.say('Start over');
    expect(allText(reply)).toContain(words('global.startOver'));
    expect(lastText(reply)).toBe(prompt('what'));
    expect(lastText(await chat.say('menu'))).toBe(words('menu.prompt'));
  });

  it('"stop" pauses, keeps the answers, and "hi" offers to carry on', async () => {
    const chat = conversation();
    await typeUpTo(chat, 'friend');
    expect(lastText(await chat.say('stop'))).toBe(words('idle.prompt'));
    const hello = await chat.say('hello');
    expect(lastText(hello)).toBe(words('menu.promptReturning'));
    expect(lastText(await chat.say(choiceLabel('reframe.resume')))).toBe(prompt('friend'));
  });

  it('"help" says where the person is and asks the same step again', async () => {
    const chat = conversation();
    await typeUpTo(chat, 'intensity');
    const help = await chat.say('help');
    const text = allText(help);
    expect(text).toContain(words('steps.reframe.intensity.where'));
    expect(text).toContain(words('help.canDo'));
    expect(lastText(help)).toBe(prompt('intensity'));
  });

  it('"help" at the menu says they are at the menu', async () => {
    const chat = conversation();
    await chat.membersAdded([PERSON]);
    expect(allText(await chat.say('help'))).toContain(words('menu.where'));
  });
});

describe('unusable input is re-prompted without moving on', () => {
  const unusable: Array<[string, Partial<Activity>]> = [
    ['empty text', { type: 'message', text: '' }],
    ['whitespace only', { type: 'message', text: '   \n ' }],
    ['emoji only', { type: 'message', text: '😞😞 🙃' }],
    ['an attachment with no text', { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/a.png' }] }],
    ['a forged card value for a choice this step does not offer', { type: 'message', value: { choice: 'feeling.shame' } }],
    ['a forged card value that is not a string', { type: 'message', value: { choice: { $gt: '' } } }],
    ['a forged card value naming a property every object has', { type: 'message', value: { choice: 'constructor' } }],
    ['a card value of the wrong shape', { type: 'message', value: 'reframe.resume' }],
  ];

  it.each(unusable)('%s at the rating step', async (_name, activity) => {
    const chat = conversation();
    await typeUpTo(chat, 'intensity');
    const reply = await chat.send(activity);
    expect(allText(reply)).toContain(need('intensity'));
    expect(lastText(reply)).toBe(prompt('intensity'));
    // Still on the same step: a valid rating moves on to the next one.
    expect(lastText(await chat.say('7'))).toBe(prompt('friend'));
  });

  it('an invalid rating is asked again', async () => {
    const chat = conversation();
    await typeUpTo(chat, 'intensity');
    for (const text of ['11', 'very', '3 or 4']) {
      const reply = await chat.say(text);
      expect(allText(reply)).toContain(need('intensity'));
      expect(lastText(reply)).toBe(prompt('intensity'));
    }
  });

  it('a forged "carry on" when there is nothing to carry on is not taken', async () => {
    const chat = conversation('msteams');
    await install(chat);
    const reply = await chat.press({ choice: 'reframe.resume' });
    expect(lastText(reply)).toBe(words('menu.prompt'));
    expect(allText(reply)).toContain(words('menu.need'));
  });
});
