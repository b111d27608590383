import type { BounceBackEvent } from '../../dialogs/types';

/** Whole-message commands that work in every state, whatever step the person is on. */
const COMMANDS: Array<[RegExp, BounceBackEvent['type']]> = [
  [/^(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|hi there|hello there)$/, 'GREET'],
  [/^(menu|main menu|show (me )?the menu|go to (the )?menu|options|home)$/, 'MENU'],
  [/^(help|what can (i|you) do|i'?m lost|im lost|i'?m stuck)$/, 'HELP'],
  [/^(start over|start again|restart|begin again|from the (start|beginning)|reset)$/, 'START_OVER'],
  [/^(stop|cancel|quit|exit|enough|leave it|that'?s enough|stop please|please stop)$/, 'STOP'],
  [/^(back|go back|previous|undo|previous step)$/, 'BACK'],
  // Contact a professional, and people's data.
  [/^(can i |could i |may i |i want to |i'?d like to |i would like to |i need to )?(talk|speak|chat) (to|with) (someone|somebody|a (human|person|real person|professional|therapist|counsell?or))( please)?$/, 'HANDOFF'],
  [/^(i want|i need|i'?d like|i would like|can i see|can i have) (a |to see a )?(therapist|counsell?or|professional)( please)?$/, 'HANDOFF'],
  [/^(please )?(delete|erase|remove) (all )?(my data|my details|my information|everything about me)( please)?$|^forget (about )?me$/, 'DELETE_DATA'],
  [/^(what do you know about me|what (data|information|info) do you (have|keep|hold|store)( about me| on me)?|show (me )?my data)$/, 'SHOW_DATA'],
];

/** Button ids that mean the same as a command. */
const COMMAND_CHOICES: Record<string, BounceBackEvent['type']> = {
  'cmd.menu': 'MENU',
  'cmd.stop': 'STOP',
  'cmd.human': 'HANDOFF',
};

export function normaliseCommand(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z' ]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function commandFor(text: string): BounceBackEvent | undefined {
  const normal = normaliseCommand(text);
  const found = COMMANDS.find(([pattern]) => pattern.test(normal));
  return found ? ({ type: found[1] } as BounceBackEvent) : undefined;
}

/** "questions", "FAQ": the person wants to see what they can ask. */
export function asksForQuestionList(text: string): boolean {
  return /^(questions|faqs?|ask a question|what can i ask( you)?|list (the )?questions|show (me )?(the )?questions)$/.test(normaliseCommand(text));
}

export function commandForChoice(id: string): BounceBackEvent | undefined {
  // Own keys only: a posted id such as "constructor" must not find Object.prototype's members.
  return Object.hasOwn(COMMAND_CHOICES, id) ? ({ type: COMMAND_CHOICES[id] } as BounceBackEvent) : undefined;
}
