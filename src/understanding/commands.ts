import type { BounceBackEvent } from '../../dialogs/types';

/** Button ids that mean the same as a command. */
const COMMAND_CHOICES: Record<string, BounceBackEvent['type']> = {
  'cmd.menu': 'MENU',
  'cmd.stop': 'STOP',
  'cmd.human': 'HANDOFF',
};

/** "stop check-ins", "no more reminders", "don't check in on me again", "stop reminding me": in every state. */
const STOP_GOAL_CHECKS = [
  /\b(stop|cancel|end|no more|dont|do not|turn off|switch off|unsubscribe|opt out|remove|delete|quit|pause|enough|kill)\b(\s+\w+){0,4}?\s+(checkins?|check ins?|reminders?|follow ?ups?|notifications?)\b/,
  // Asking the bot itself to stop getting in touch: "stop messaging me", "don't ping me about it", "stop following up".
  /\b(stop|dont|do not|no need to|quit|can you not|could you not|please dont)\s+(remind(ing)?|check(ing)? (in|up) on|check(ing)? on|messag(e|ing)|msg(ing)?|text(ing)?|ping(ing)?|contact(ing)?|send(ing)?|email(ing)?|asking)\s+(me|how)\b/,
  /\b(stop|quit) (following up|sending (me )?(these|them|this|messages))\b/,
  // Words that mean nothing else here: the check-ins are all the bot ever sends unasked.
  /^(unsub|unsubscribe|opt out|opt me out)\b/, /\bno more (of these|messages|reminders)\b/, /\bleave me alone about\b/,
];

export function stopsGoalChecks(plain: string): boolean {
  return STOP_GOAL_CHECKS.some((pattern) => pattern.test(plain));
}

export function commandForChoice(id: string): BounceBackEvent | undefined {
  // Own keys only: a posted id such as "constructor" must not find Object.prototype's members.
  return Object.hasOwn(COMMAND_CHOICES, id) ? ({ type: COMMAND_CHOICES[id] } as BounceBackEvent) : undefined;
}
