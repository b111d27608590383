import type { BounceBackEvent } from '../../dialogs/types';

/** Whole-message commands that work in every state, whatever step the person is on. */
const COMMANDS: Array<[RegExp, BounceBackEvent['type']]> = [
  [/^(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|hi there|hello there)$/, 'GREET'],
  [/^(menu|main menu|show (me )?the menu|go to (the )?menu|options|home)$/, 'MENU'],
  [/^(help|what can (i|you) do|i'?m lost|im lost|i'?m stuck)$/, 'HELP'],
  [/^(start over|start again|restart|begin again|from the (start|beginning)|reset)$/, 'START_OVER'],
  [/^(stop|cancel|quit|exit|enough|leave it|that'?s enough|stop please|please stop)$/, 'STOP'],
  [/^(back|go back|previous|undo|previous step)$/, 'BACK'],
];

/** Button ids that mean the same as a command. */
const COMMAND_CHOICES: Record<string, BounceBackEvent['type']> = {
  'cmd.menu': 'MENU',
  'cmd.stop': 'STOP',
};

export function normaliseCommand(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z' ]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function commandFor(text: string): BounceBackEvent | undefined {
  const normal = normaliseCommand(text);
  const found = COMMANDS.find(([pattern]) => pattern.test(normal));
  return found ? ({ type: found[1] } as BounceBackEvent) : undefined;
}

export function commandForChoice(id: string): BounceBackEvent | undefined {
  // Own keys only: a posted id such as "constructor" must not find Object.prototype's members.
  return Object.hasOwn(COMMAND_CHOICES, id) ? ({ type: COMMAND_CHOICES[id] } as BounceBackEvent) : undefined;
}
