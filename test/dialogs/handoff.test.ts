import { promptOf, turns } from '../helpers/rootTurns';
import type { BounceBackEvent, Emitted } from '../../dialogs/types';

const keys = (emitted: Emitted[]): string[] => emitted.map((out) => (out.type === 'say' && 'key' in out.line ? out.line.key : out.type === 'effect' ? `effect:${out.effect.kind}` : 'step'));
const text = (value: string): BounceBackEvent => ({ type: 'TEXT', text: value });

const UP_TO_CONTACT: BounceBackEvent[] = [{ type: 'HANDOFF' }, { type: 'CHOICE', id: 'handoff.consent.yes' }, text('Ann Smith')];
const TO_CONFIRM: BounceBackEvent[] = [...UP_TO_CONTACT, text('ann@example.com'), text('weekday mornings'), text('Please call after 5')];

describe('the handoff machine', () => {
  test('a half-done handoff survives a restore of the root snapshot, details and all', () => {
    const { snapshot } = turns(UP_TO_CONTACT);
    const prompt = promptOf(snapshot);
    expect(prompt).toMatchObject({ step: 'handoff.contact', key: 'handoff.contact.prompt', form: 'contact' });
    const { snapshot: later } = turns([text('ann@example.com')], snapshot);
    expect(promptOf(later).step).toBe('handoff.time');
    // Kept as the root's invoked child, in the root's own persisted snapshot.
    expect((later as unknown as { children: { handoff: { snapshot: { context: { details: object } } } } }).children.handoff.snapshot.context.details)
      .toEqual({ name: 'Ann Smith', contact: 'ann@example.com', contactKind: 'email' });
  });

  test('sending asks for the save effect and says nothing about it being sent until the reference comes back', () => {
    const { snapshot, emitted } = turns([...TO_CONFIRM, { type: 'CHOICE', id: 'handoff.send' }]);
    expect(keys(emitted)).toContain('effect:saveContactRequest');
    expect(keys(emitted)).not.toContain('handoff.sent');
    const saved = turns([{ type: 'HANDOFF_SAVED', reference: 'BB-7K3Q9' }], snapshot);
    expect(saved.emitted).toContainEqual({ type: 'say', line: { key: 'handoff.sent', params: { reference: 'BB-7K3Q9' } } });
    expect(promptOf(saved.snapshot).step).toBe('menu');
    expect(JSON.stringify(saved.snapshot)).not.toContain('Ann Smith');
  });

  test('a failed save goes back to the confirmation with the details kept, and says so', () => {
    const { snapshot } = turns([...TO_CONFIRM, { type: 'CHOICE', id: 'handoff.send' }]);
    const failed = turns([{ type: 'HANDOFF_FAILED' }], snapshot);
    expect(keys(failed.emitted)).toEqual(['handoff.notSent']);
    expect(promptOf(failed.snapshot)).toMatchObject({ step: 'handoff.confirm', params: { name: 'Ann Smith', note: 'Please call after 5' } });
  });

  test('editing a field from the confirmation asks for that field only, then returns to the confirmation', () => {
    const { snapshot } = turns([...TO_CONFIRM, { type: 'CHOICE', id: 'handoff.edit.contact' }, text('07911 123456')]);
    expect(promptOf(snapshot)).toMatchObject({ step: 'handoff.confirm', params: { contact: '+447911123456', time: 'weekday mornings' } });
  });

  test('leaving part-way drops the details from the stored state', () => {
    const { snapshot } = turns([...UP_TO_CONTACT, { type: 'MENU' }]);
    expect(promptOf(snapshot).step).toBe('menu');
    expect(JSON.stringify(snapshot)).not.toContain('Ann Smith');
  });

  test('refusing consent stores nothing and goes back to the menu', () => {
    const { snapshot, emitted } = turns([{ type: 'HANDOFF' }, { type: 'CHOICE', id: 'handoff.consent.no' }]);
    expect(keys(emitted)).toEqual(['handoff.consent.declined']);
    expect(promptOf(snapshot).step).toBe('menu');
  });

  test('HANDOFF works from the middle of a reframe, which is kept to resume later', () => {
    const { snapshot } = turns([{ type: 'CHOICE', id: 'reframe.start' }, text('I failed my driving test'), { type: 'HANDOFF' }]);
    expect(promptOf(snapshot).step).toBe('handoff.consent');
    const { snapshot: back } = turns([{ type: 'MENU' }], snapshot);
    expect(promptOf(back).choices).toContain('reframe.resume');
  });

  test('the form fills every field at once, explains each bad one, and asks again for what is missing', () => {
    const { snapshot: consented } = turns([{ type: 'HANDOFF' }, { type: 'CHOICE', id: 'handoff.consent.yes' }]);
    const { snapshot, emitted } = turns([{ type: 'FORM', fields: { name: 'Ann', contact: 'ann@example', time: 'mornings', note: '' }, unreadable: [] }], consented);
    expect(promptOf(snapshot).step).toBe('handoff.contact');
    expect((snapshot as unknown as { children: { handoff: { snapshot: { context: { details: object } } } } }).children.handoff.snapshot.context.details)
      .toEqual({ name: 'Ann', time: 'mornings' });
    expect(emitted).toEqual([{ type: 'say', line: { key: 'handoff.problems.emailDomain', params: undefined } }]);
    const fixed = turns([text('ann@example.com')], snapshot);
    expect(promptOf(fixed.snapshot).step).toBe('handoff.confirm');
  });
});
