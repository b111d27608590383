import copy from '../../content/copy.json';
import { supportMachine } from '../../dialogs/support';
import type { BounceBackEvent } from '../../dialogs/types';
import { describeInvokedChild } from './invokedChild';

describeInvokedChild({
  id: 'support',
  machine: supportMachine,
  enter: { type: 'CRISIS', region: 'GB', kind: 'harmedByOthers' },
  events: [
    ...Object.keys(copy.choices).filter((id) => id.startsWith('crisis.') || id === 'reframe.resume').map((id): BounceBackEvent => ({ type: 'CHOICE', id })),
    { type: 'CHOICE', id: 'offer.yes' }, { type: 'TEXT', text: 'I dont know' },
  ],
  serialize: (child) => JSON.stringify(child.value),
  resting: ['check', 'followUp'],
  endings: 1,
  // Carrying on: back into the reframe (here, at its start, since none was paused).
  endsAt: 'reframe.what',
});
