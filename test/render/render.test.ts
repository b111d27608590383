import type { Prompt } from '../../dialogs/types';
import { words } from '../../src/content/copy';
import { traitsFor } from '../../src/render/channelTraits';
import { renderTurn } from '../../src/render/render';
import { allText, cardChoiceIds, readableText, suggestedLabels } from '../helpers/activities';

const menuPrompt: Prompt = { step: 'menu', key: 'menu.promptReturning', expects: 'choice', choices: ['reframe.resume', 'reframe.restart', 'cmd.faq', 'cmd.human'] };
const whatPrompt: Prompt = { step: 'reframe.what', key: 'steps.reframe.what.prompt', expects: 'text', choices: [] };

describe('renderTurn', () => {
  it('ends every turn with the prompt, after what was said', () => {
    const activities = renderTurn({ says: [{ key: 'global.startOver' }], prompt: whatPrompt }, traitsFor('webchat'));
    expect(activities.map(readableText)).toEqual([words('global.startOver'), words('steps.reframe.what.prompt')]);
  });

  it('shows up to the channel’s limit as suggested actions, more as card buttons posting the id', () => {
    const teams = renderTurn({ says: [], prompt: menuPrompt }, traitsFor('msteams'));
    expect(suggestedLabels(teams)).toEqual([]);
    expect(cardChoiceIds(teams)).toEqual(menuPrompt.choices);
    const webchat = renderTurn({ says: [], prompt: menuPrompt }, traitsFor('webchat'));
    expect(suggestedLabels(webchat)).toEqual(['Carry on where I left off', 'Start again', 'Ask a question', 'Talk to a professional']);
  });

  it('puts buttons of an earlier message on a card, where they stay usable', () => {
    const activities = renderTurn({ says: [{ key: 'help.canDo', choices: ['cmd.faq'] }], prompt: whatPrompt }, traitsFor('webchat'));
    expect(cardChoiceIds(activities.slice(0, 1))).toEqual(['cmd.faq']);
  });

  it('uses plain suggested actions on channels without cards', () => {
    const activities = renderTurn({ says: [], prompt: menuPrompt }, traitsFor('sms'));
    expect(activities[0].attachments).toBeUndefined();
    expect(suggestedLabels(activities)).toHaveLength(4);
  });

  it('shows what a person typed as they typed it: Markdown escaped', () => {
    const [activity] = renderTurn({ says: [{ key: 'reflect.what', params: { what: 'I **failed** the _exam_' } }], prompt: whatPrompt }, traitsFor('webchat'));
    expect(activity.text).toContain('I \\*\\*failed\\*\\* the \\_exam\\_');
  });

  // Words a person typed that happen to be names every JavaScript object has must come back as typed.
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])('quotes a person who typed "%s" as they typed it', (typed) => {
    const [activity] = renderTurn({ says: [{ key: 'reflect.what', params: { what: typed } }], prompt: whatPrompt }, traitsFor('webchat'));
    expect(activity.text).toContain(`“${typed}”`);
    expect(activity.text).not.toContain('native code');
  });

  it('renders the summary as a card, leaving out what was skipped', () => {
    const summary = { key: 'summary', params: { what: 'I missed the bus', feeling: { choice: 'feeling.shame' }, before: 8, kind: '', balanced: 'It happens', goal: 'Leave earlier', when: '', after: 5 } };
    const [card] = renderTurn({ says: [summary], prompt: menuPrompt }, traitsFor('msteams'));
    const text = readableText(card);
    expect(text).toContain('**How it felt:** Shame, 8/10 at the start');
    expect(text).toContain('**The feeling now:** 5/10 (it was 8/10).');
    expect(text).not.toContain('kind words');
    expect(text).not.toContain("When you'll try it");
  });

  it('clips text longer than the channel accepts', () => {
    const long = 'a'.repeat(30000);
    const activities = renderTurn({ says: [{ key: 'reflect.what', params: { what: long } }], prompt: whatPrompt }, traitsFor('msteams'));
    expect(Buffer.byteLength(JSON.stringify(activities[0].text))).toBeLessThanOrEqual(traitsFor('msteams').maxTextBytes);
    expect(activities[0].text!.length).toBeGreaterThan(traitsFor('msteams').maxTextBytes / 2);
    expect(allText(activities)).toContain('…');
  });
});
