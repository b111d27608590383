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

describe('inside a step, a command word used of something else in their life is the answer', () => {
  it.each([
    ['feeling', 'like I want to start the whole year again'],
    ['goal', 'learn to stop procrastinating on big tasks'],
    ['goal', 'get back into swimming twice a week'],
    ['friend', 'you can always start again next term'],
    ['what', 'I accidentally deleted the shared folder at work'],
  ])('at %s: "%s"', (step, text) => {
    expect(interpreter.interpret({ kind: 'message', text }, promptAt(step))).toMatchObject({ type: 'TEXT', text });
  });

  it('while the command itself still leaves the step', () => {
    expect(interpreter.interpret({ kind: 'message', text: 'can we start over please' }, promptAt('goal')).type).toBe('START_OVER');
    expect(interpreter.interpret({ kind: 'message', text: 'go back a step' }, promptAt('goal')).type).toBe('BACK');
  });
});

describe('inside a step, a question about the step is answered with what the step is for, and the step stays', () => {
  it.each([
    ['intensity', 'what counts as a 10?'],
    ['selfTalk', 'do I have to say it out loud?'],
    ['when', 'why does it help to pick a time?'],
    ['evidence', 'what if I cant think of anything'],
  ])('at %s: "%s"', (step, text) => {
    expect(interpreter.interpret({ kind: 'message', text }, promptAt(step))).toEqual({ type: 'INFO', says: [{ key: `steps.reframe.${step}.explain` }] });
  });

  it("while the inner critic's own questions are the answer at its step", () => {
    for (const text of ['what kind of idiot forgets their own kids play?', 'why do I always mess everything up', "what's wrong with you?"]) {
      expect(interpreter.interpret({ kind: 'message', text }, promptAt('thought'))).toMatchObject({ type: 'TEXT', text });
    }
  });
});
