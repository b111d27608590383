import { FEELINGS } from '../../dialogs/feelings';
import { parseRating } from '../../dialogs/rating';
import { reframeMachine } from '../../dialogs/reframe';
import type { BounceBackEvent } from '../../dialogs/types';
import { plainText } from '../../src/language/normalise';
import { describeInvokedChild } from './invokedChild';

// Two ratings, so the close is reached both with a feeling that rose and with one that did not.
const TEXTS = ['My presentation went badly', '7', '9', 'loads', "I'm a failure", "I didn't succeed this time, but I can learn from it."];

describeInvokedChild({
  id: 'reframe',
  machine: reframeMachine,
  enter: { type: 'CHOICE', id: 'reframe.start' },
  events: [
    ...[FEELINGS[0], 'step.skip', 'step.done', 'when.skip', 'mindful.ready', 'offer.yes'].map((id): BounceBackEvent => ({ type: 'CHOICE', id })),
    ...TEXTS.map((text): BounceBackEvent => ({ type: 'TEXT', text, plain: plainText(text) })),
    { type: 'BACK' },
  ],
  // The step, and the first rating (the close depends on it).
  serialize: (child) => JSON.stringify([child.value, (child.context as { answers: { before?: number } }).answers.before]),
  resting: ['balanced', 'evidence', 'feeling', 'friend', 'goal', 'intensity', 'mindful', 'rerate', 'selfTalk', 'thought', 'what', 'when'],
  endings: 3,
  // A feeling that rose is met with care at the menu; else the check-in on the goal is offered.
  endsAt: (last, from) => {
    const before = (from.context as { answers: { before?: number } }).answers.before;
    const after = last.type === 'TEXT' ? parseRating(last.text) : undefined;
    return before !== undefined && after !== undefined && after > before ? 'menu' : 'goalCheck.offer';
  },
  waits: true,
});
