import { choiceLabel, words } from '../../src/content/copy';
import { crisisLine } from '../../src/safety';
import { allText } from '../helpers/activities';
import { greetedChat } from '../helpers/greetedChat';
import { ANSWERS, TYPED_TURNS } from '../helpers/reframeScript';

const chat = greetedChat();

/** A whole reframe typed, starting at 8/10 and ending at `after`, from a person whose locale is `locale`. */
async function reframeEndingAt(after: string, locale = 'en-GB'): Promise<string> {
  await chat.say(choiceLabel('reframe.start'));
  for (const text of TYPED_TURNS.slice(0, -1)) await chat.say(text);
  return allText(await chat.chat.send({ type: 'message', text: after, locale }));
}

describe('the close names what changed between the two ratings', () => {
  it('lower: names the change and credits the person’s work', async () => {
    const close = await reframeEndingAt('4');
    expect(close).toContain(words('close.lower', { before: 8, after: 4 }));
    expect(close).not.toContain(words('close.same', { before: 8 }));
    // Then a check-in on the learning goal is offered (test/goalChecks).
    expect(close).toContain(words('goalCheck.offer.promptAt', { goal: ANSWERS.goal, when: ANSWERS.when }));
  });

  it('the same: that is normal, and one step is enough', async () => {
    const close = await reframeEndingAt('eight');
    expect(close).toContain(words('close.same', { before: 8 }));
    expect(close).not.toContain('that change is your own work');
  });

  it('higher: acknowledged with care, with the region’s first helpline and the way to a professional, and no crisis support', async () => {
    const gb = await reframeEndingAt('9/10');
    expect(gb).toContain(crisisLine('feelingRose', 'GB', 'suicidal'));
    expect(gb).toContain('116 123');
    expect(gb).not.toContain(crisisLine('opening', 'GB', 'suicidal'));
    expect(gb).toContain(choiceLabel('cmd.human'));
    expect(gb).not.toContain('that change is your own work');
  });

  it('higher, in the US: the US helpline', async () => {
    const us = await reframeEndingAt('10', 'en-US');
    expect(us).toContain(crisisLine('feelingRose', 'US', 'suicidal'));
    expect(us).toContain('988');
    expect(us).not.toContain('116 123');
  });
});
