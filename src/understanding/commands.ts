import type { BounceBackEvent } from '../../dialogs/types';

/** Button ids that mean the same as a command. */
const COMMAND_CHOICES: Record<string, BounceBackEvent['type']> = {
  'cmd.menu': 'MENU',
  'cmd.stop': 'STOP',
  'cmd.human': 'HANDOFF',
};

/** "stop check-ins", "no more reminders", "don't check in on me again", "stop reminding me": in every state. */
const STOP_GOAL_CHECKS = [
  /\b(stop|cancel|end|no more|dont|do not|turn off|switch off|unsubscribe|opt out|remove|delete|quit)\b(\s+\w+){0,4}?\s+(checkins?|check ins?|reminders?|follow ?ups?)\b/,
  /\b(stop|dont|do not|no need to|quit)\s+(remind(ing)? me|check(ing)? (in|up) on me)\b/,
];

export function stopsGoalChecks(plain: string): boolean {
  return STOP_GOAL_CHECKS.some((pattern) => pattern.test(plain));
}

export function commandForChoice(id: string): BounceBackEvent | undefined {
  // Own keys only: a posted id such as "constructor" must not find Object.prototype's members.
  return Object.hasOwn(COMMAND_CHOICES, id) ? ({ type: COMMAND_CHOICES[id] } as BounceBackEvent) : undefined;
}
