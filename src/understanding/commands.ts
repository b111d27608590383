import type { BounceBackEvent } from '../../dialogs/types';

/** Button ids that mean the same as a command. */
const COMMAND_CHOICES: Record<string, BounceBackEvent['type']> = {
  'cmd.menu': 'MENU',
  'cmd.stop': 'STOP',
  'cmd.human': 'HANDOFF',
};

export function commandForChoice(id: string): BounceBackEvent | undefined {
  // Own keys only: a posted id such as "constructor" must not find Object.prototype's members.
  return Object.hasOwn(COMMAND_CHOICES, id) ? ({ type: COMMAND_CHOICES[id] } as BounceBackEvent) : undefined;
}
