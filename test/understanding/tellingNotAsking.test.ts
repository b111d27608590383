import { promptFor } from '../../dialogs/prompts';
import { createInterpreter } from '../helpers/engine';
import { reframeAt } from '../helpers/reframeAt';

const interpreter = createInterpreter();

/** The prompt of a reframe step, as a person in the middle of a reframe sees it. */
function promptAt(step: string) {
  return promptFor(reframeAt(step, { what: 'x' }));
}

describe('inside a step, telling what happened is an answer, not a request for a person or for the questions', () => {
  it.each([
    // Not corpus lines: the corpus has a few like them, and these must be read the same way.
    ['evidence', 'The customer booked another meeting with us anyway'],
    ['what', 'I booked the venue for the wrong date'],
    ['evidence', 'my boss phoned me later to say it was fine'],
    ['balanced', 'I wobbled on one question'],
    ['what', 'I blanked on the last question of the exam'],
  ])('at %s: "%s"', (step, text) => {
    expect(interpreter.interpret({ kind: 'message', text }, promptAt(step))).toMatchObject({ type: 'TEXT', text });
  });

  it('while asking for them still is', () => {
    expect(interpreter.interpret({ kind: 'message', text: 'can I book a session with one of your therapists?' }, promptAt('evidence')).type).toMatch(/HANDOFF/);
    expect(interpreter.interpret({ kind: 'message', text: 'which questions can you answer?' }, promptAt('evidence'))).toMatchObject({ type: 'INFO', says: [{ key: 'faq.list' }] });
  });
});
