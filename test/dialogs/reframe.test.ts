import { promptOf, turns } from '../helpers/rootTurns';
import type { BounceBackEvent, Emitted } from '../../dialogs/types';

const said = (emitted: Emitted[]) => emitted.flatMap((out) => (out.type === 'say' ? [out.line] : []));
const text = (value: string): BounceBackEvent => ({ type: 'TEXT', text: value });
const DATA_SHOWN: BounceBackEvent = { type: 'DATA_SHOWN', requests: [], stateDays: 30, requestDays: 90, goalChecks: [], questions: 0, questionDays: 30 };

const TO_FRIEND: BounceBackEvent[] = [{ type: 'CHOICE', id: 'reframe.start' }, text('I failed my driving test'), text('gutted'), text('7')];
const TO_RERATE: BounceBackEvent[] = [...TO_FRIEND, text('Bad luck, try again'), { type: 'CHOICE', id: 'step.done' }, text("I'm useless"), text('I passed theory'), text('One test is not me'), text('Book another lesson'), text('next week'), { type: 'CHOICE', id: 'mindful.ready' }];

describe('the reframe machine, a child of the root', () => {
  it.each<[string, BounceBackEvent[]]>([
    ['clear risk, then carrying on', [{ type: 'CRISIS', region: 'GB', kind: 'suicidal' }, { type: 'CHOICE', id: 'crisis.safe' }, { type: 'CHOICE', id: 'reframe.resume' }]],
    ['a safety check-in answered no', [{ type: 'CHECK_IN', region: 'GB', kind: 'suicidal' }, { type: 'CHOICE', id: 'checkIn.no' }]],
    ['"did you mean…" answered no', [{ type: 'UNSURE_HANDOFF' }, { type: 'CHOICE', id: 'unsure.no' }]],
    ['the menu, then carrying on', [{ type: 'MENU' }, { type: 'CHOICE', id: 'reframe.resume' }]],
    ['a contact request declined, then carrying on', [{ type: 'HANDOFF' }, { type: 'CHOICE', id: 'handoff.consent.no' }, { type: 'CHOICE', id: 'reframe.resume' }]],
  ])('waits through %s, and goes on at the very step with its answers', (_name, pause) => {
    const { snapshot } = turns([...TO_FRIEND, ...pause]);
    expect(promptOf(snapshot).step).toBe('reframe.friend');
    // Persisted as the root's child, answers and all.
    expect(snapshot).toMatchObject({ value: 'reframe', children: { reframe: { snapshot: { value: 'friend', context: { answers: { what: 'I failed my driving test', feeling: 'gutted', before: 7 } } } } } });
  });

  it('its answers are what "what do you know about me" shows, and "delete my data" takes them with it', () => {
    const { snapshot } = turns([...TO_FRIEND, { type: 'MENU' }]);
    const shown = turns([DATA_SHOWN], snapshot);
    expect(said(shown.emitted)).toContainEqual({ key: 'privacy.shown.fields.what', params: { text: 'I failed my driving test' } });

    const deleted = turns([{ type: 'DELETE_DATA' }, { type: 'CHOICE', id: 'privacy.delete.yes' }, { type: 'DATA_DELETED', requests: 0, alreadySent: 0, goalChecks: 0, questions: 0 }], snapshot);
    expect(said(deleted.emitted)).toContainEqual({ key: 'privacy.deleted.answers', params: undefined });
    expect(promptOf(deleted.snapshot)).toMatchObject({ step: 'menu', key: 'menu.prompt' });
    expect(JSON.stringify(deleted.snapshot)).not.toContain('driving test');
  });

  it('a story told at the menu, agreed to, is its "what happened", and it begins at the feeling', () => {
    const { snapshot } = turns([{ type: 'STORY', text: 'I failed my driving test' }, { type: 'CHOICE', id: 'offer.yes' }]);
    expect(promptOf(snapshot).step).toBe('reframe.feeling');
    expect(turns([DATA_SHOWN], snapshot).emitted).toContainEqual({ type: 'say', line: { key: 'privacy.shown.fields.what', params: { text: 'I failed my driving test' } } });
  });

  it('"start over" begins a fresh one, wherever the person is', () => {
    const { snapshot } = turns([...TO_FRIEND, { type: 'MENU' }, { type: 'START_OVER' }]);
    expect(promptOf(snapshot).step).toBe('reframe.what');
    expect(JSON.stringify(snapshot)).not.toContain('driving test');
  });

  it('the close offers a check-in on its goal, and the answers go', () => {
    const { snapshot, emitted } = turns([...TO_RERATE, text('4')]);
    expect(said(emitted).map((line) => line.key)).toEqual(expect.arrayContaining(['summary', 'close.lower']));
    expect(promptOf(snapshot)).toMatchObject({ step: 'goalCheck.offer', key: 'goalCheck.offer.promptAt', params: { goal: 'Book another lesson', when: 'next week' } });
    expect(JSON.stringify(snapshot)).not.toContain('driving test');
  });
});
