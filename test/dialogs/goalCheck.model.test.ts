import copy from '../../content/copy.json';
import { goalCheckMachine } from '../../dialogs/goalCheck';
import type { BounceBackEvent } from '../../dialogs/types';
import { describeInvokedChild } from './invokedChild';

describeInvokedChild({
  id: 'goalCheck',
  machine: goalCheckMachine,
  // A due check-in enters it at "asked"; from there a next goal leads on to the offer and its scheduling.
  enter: { type: 'goalCheck.due', goal: 'Try one new technique' },
  events: [
    ...Object.keys(copy.choices).filter((id) => id.startsWith('goalCheck.') || id === 'when.skip' || id === 'reframe.start').map((id): BounceBackEvent => ({ type: 'CHOICE', id })),
    { type: 'CHOICE', id: 'offer.yes' },
    { type: 'TEXT', text: 'Open with a story instead of slides' }, { type: 'TEXT', text: 'in a week' },
    { type: 'BACK' }, { type: 'GREET' }, { type: 'goalCheck.stop' },
    { type: 'goalCheck.scheduled', on: 'Friday 4 December at 18:00' }, { type: 'goalCheck.timeUnclear' },
  ],
  // The step, and whether the goal offered has a time (the offer's words depend on it).
  serialize: (child) => JSON.stringify([child.value, (child.context as { plan?: { when?: string } }).plan?.when !== undefined]),
  resting: ['asked', 'next', 'nextGoal', 'nextWhen', 'offer', 'scheduling'],
  endings: 7,
  // A new reframe chosen from it starts one; the person coming back is welcomed at the menu; else the menu.
  endsAt: (last) => (last.type === 'CHOICE' && last.id === 'reframe.start' ? 'reframe.what' : 'menu'),
});
