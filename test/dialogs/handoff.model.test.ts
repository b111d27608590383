import { handoffMachine } from '../../dialogs/handoff';
import type { BounceBackEvent } from '../../dialogs/types';
import handoffCopy from '../../content/handoff.json';
import { describeInvokedChild } from './invokedChild';

const TEXTS = ['Ann Smith', 'ann@example.com', 'ann@example', '07911 123456', 'weekday mornings', 'Please call after 5', 'yes', 'x', '...'];

describeInvokedChild({
  id: 'handoff',
  machine: handoffMachine,
  enter: { type: 'HANDOFF' },
  events: [
    ...Object.keys(handoffCopy.choices).map((id): BounceBackEvent => ({ type: 'CHOICE', id })),
    { type: 'CHOICE', id: 'reframe.start' },
    ...TEXTS.map((text): BounceBackEvent => ({ type: 'TEXT', text })),
    { type: 'FORM', fields: { name: 'Ann', contact: 'ann@example.com', time: 'mornings', note: '' }, unreadable: [] },
    { type: 'FORM', fields: { name: 'Ann', contact: 'ann@example', time: 'mornings' }, unreadable: ['note'] },
    { type: 'BACK' }, { type: 'HANDOFF_SAVED', reference: 'BB-7K3Q9' }, { type: 'HANDOFF_FAILED' },
    // Asking for a professional again, part-way: told where they are.
    { type: 'HANDOFF' },
  ],
  // The step, and which details are held (the prompt and the route depend on both).
  serialize: (child) => {
    const context = child.context as { details: object; noteDone: boolean };
    return JSON.stringify([child.value, Object.keys(context.details).sort(), context.noteDone]);
  },
  resting: ['confirm', 'consent', 'contact', 'name', 'note', 'sending', 'time'],
  endings: 3,
});
