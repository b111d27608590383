import { choiceLabel, words } from '../../src/content/copy';
import { greetedChat } from '../helpers/greetedChat';
import { allText, suggestedLabels } from '../helpers/activities';

const person = greetedChat();
const say = (text: string): Promise<string> => person.say(text);
const prompt = (step: string): string => words(`steps.reframe.${step}.prompt`);

/** Into the reframe, up to the harsh-thought step, by typing. */
async function toThought(): Promise<void> {
  for (const text of [choiceLabel('reframe.start'), 'I froze in my viva', 'embarrassed', '6', 'it happens to everyone', 'I did my best']) await person.chat.say(text);
}

describe('a story typed at the menu', () => {
  it('is reflected and the reframe offered; "yeah go on" starts it with their words kept as what happened', async () => {
    const offered = await say('failed my driving test for the third time ugh');
    expect(offered).toContain('failed my driving test for the third time ugh');
    expect(offered).toContain(words('menu.offer.prompt'));
    expect(offered).not.toContain(words('faq.none'));
    const started = await say('yeah go on');
    expect(started).toContain(prompt('feeling'));
    for (const text of ['gutted', '8', 'you will pass next time', "I've said it", 'I am useless at driving', 'my instructor says I am close', 'I am learning, slowly', 'practise roundabouts', 'next week', "I'm ready"]) await person.chat.say(text);
    expect(await say('5')).toContain('**What happened:** failed my driving test for the third time ugh');
  });

  it('"not now" keeps nothing and goes back to the menu', async () => {
    await say('my start-up ran out of money last month');
    const declined = await say('not now');
    expect(declined).toContain(words('menu.offerDeclined'));
    expect(declined).toContain(words('menu.prompt'));
    expect(JSON.stringify(await person.db.all('SELECT doc FROM conversation_state'))).not.toContain('start-up');
  });

  it('after a pause, a story is offered too', async () => {
    await say('stop');
    expect(await say('I got turned down for the promotion again')).toContain(words('menu.offer.prompt'));
  });
});

describe('when nothing fits at the menu', () => {
  it('says warmly what the bot can do and offers the three paths, never "no good answer"', async () => {
    const reply = await person.chat.say('my cat is orange');
    expect(allText(reply)).toContain(words('menu.notUnderstood'));
    expect(allText(reply)).not.toContain(words('faq.none'));
    expect(suggestedLabels(reply)).toEqual([choiceLabel('reframe.start'), choiceLabel('cmd.faq'), choiceLabel('cmd.human')]);
  });
});

describe('requests in the person’s own words, at the menu and in the middle of a step', () => {
  const HANDOFF_CONSENT = words('handoff.consent.prompt');
  const cases: Array<[string, string, () => string]> = [
    ['a professional', 'could someone from the practice ring me back', () => HANDOFF_CONSENT],
    ['delete my data', "please wipe everything you've got on me", () => words('privacy.confirmDelete.prompt')],
    ['what do you know about me', 'what are you keeping about me?', () => words('privacy.shown.noRequests')],
    ['stop', 'got to go now, bye', () => words('idle.prompt')],
    ['help', 'how does this thing work?', () => words('help.canDo')],
    ['the menu', 'take me to the main menu', () => words('menu.promptReturning')],
    ['the list of questions', 'what questions can you answer?', () => words('faq.list')],
  ];

  it.each(cases)('%s, asked at the menu', async (_name, text, expected) => {
    await person.chat.say(choiceLabel('reframe.start'));
    await person.chat.say('I froze in my viva');
    await person.chat.say('menu');
    expect(await say(text)).toContain(expected());
  });

  it.each(cases)('%s, asked at the harsh-thought step', async (_name, text, expected) => {
    await toThought();
    expect(await say(text)).toContain(expected());
  });

  it('"go back one step" and "can we start from scratch" work inside a step', async () => {
    await toThought();
    expect(await say('go back one step')).toContain(prompt('friend'));
    expect(await say('can we start from scratch')).toContain(prompt('what'));
  });

  it('"let\'s do the exercise" at the menu starts the reframe, and after a pause carries on where they were', async () => {
    expect(await say("let's do the exercise")).toContain(prompt('what'));
    await person.chat.say('I froze in my viva');
    await person.chat.say('stop');
    await person.chat.say('menu');
    expect(await say("let's carry on")).toContain(prompt('feeling'));
  });

  it('typed yes and no answer the yes/no questions: consent, and deleting data', async () => {
    await say('could someone from the practice ring me back');
    expect(await say('nah, leave it')).toContain(words('handoff.consent.declined'));
    await say('please wipe everything you have got on me');
    expect(await say('yes please do')).toContain(words('privacy.deleted.conversation'));
  });
});

describe('a step answer with a command word in it stays an answer', () => {
  it.each(['I need help with my temper', 'I should have stopped and checked', 'go back to basics and practise'])('"%s" answers the step', async (text) => {
    await toThought();
    const reply = await say(text);
    expect(reply).toContain(prompt('evidence'));
  });
});

describe('when the bot is unsure what was meant, it asks', () => {
  it('at the menu, "person?" asks whether they want someone from the practice; yes starts the request', async () => {
    expect(await say('person?')).toContain(words('handoff.unsure.prompt'));
    expect(await say('yes')).toContain(words('handoff.consent.prompt'));
  });

  it('in a step, "person?" asks; no goes back to exactly that step', async () => {
    await toThought();
    expect(await say('person?')).toContain(words('handoff.unsure.prompt'));
    const back = await say('no thanks');
    expect(back).toContain(words('handoff.unsure.no'));
    expect(back).toContain(prompt('thought'));
  });
});

describe('a question about the step itself, typed in the middle of a reframe', () => {
  it('is answered with what the step is for, the step asked again, and nothing kept as the answer', async () => {
    for (const text of [choiceLabel('reframe.start'), 'I missed the deadline for my grant', 'ashamed']) await person.chat.say(text);
    const explained = await say('what counts as a 10?');
    expect(explained).toContain(words('steps.reframe.intensity.explain'));
    expect(explained).toContain(prompt('intensity'));
    expect(await say('7')).toContain(prompt('friend'));
    expect(JSON.stringify(await person.db.all('SELECT doc FROM conversation_state'))).not.toContain('what counts');
  });
});
