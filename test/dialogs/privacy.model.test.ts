import { privacyMachine } from '../../dialogs/privacy';
import type { BounceBackEvent } from '../../dialogs/types';
import handoffCopy from '../../content/handoff.json';
import { describeInvokedChild } from './invokedChild';

describeInvokedChild({
  id: 'privacy',
  machine: privacyMachine,
  enter: { type: 'DELETE_DATA' },
  events: [
    ...Object.keys(handoffCopy.choices).filter((id) => id.startsWith('privacy.')).map((id): BounceBackEvent => ({ type: 'CHOICE', id })),
    { type: 'CHOICE', id: 'reframe.start' }, { type: 'TEXT', text: 'maybe' }, { type: 'BACK' },
    { type: 'DATA_DELETED', requests: 1, alreadySent: 0, questions: 0, goalChecks: 1 },
  ],
  serialize: (child) => JSON.stringify(child.value),
  resting: ['confirmDelete', 'deleting'],
  endings: 2,
});
