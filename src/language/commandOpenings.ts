import type { Intent } from './intentCorpus';

/** How a command's own words open a message ("go back, I want to change it"). */
const OPENINGS: Array<[Intent, RegExp]> = [
  ['back', /^(?:go |take me )?back\b/],
  ['delete_data', /^(?:delete|erase|wipe|remove)\b/],
  ['start_over', /^(?:start (?:over|again|afresh)|restart)\b/],
  ['menu', /^(?:main )?menu\b/],
];

/** A "why" or "what if" asks about something; it never tells the bot to do anything ("why does it help to pick a time?"). */
const NEVER_A_COMMAND = /^(?:why|what if)\b|\bwhats? (?:is )?wrong with\b/;

/** The inner critic speaks in questions ("why do I always mess up?", "what kind of idiot…"). */
const CRITIC_VOICE = /\b(?:you|youre|your|idiot|stupid|useless|pathetic|loser|failure|always|never|everything|wrong with (?:me|you))\b/;

/** The command whose own words open a message (plain text), if any. */
export const openingCommand = (plain: string): Intent | undefined => OPENINGS.find(([, opening]) => opening.test(plain))?.[0];

export const neverACommand = (plain: string): boolean => NEVER_A_COMMAND.test(plain);

export const inCriticVoice = (plain: string): boolean => CRITIC_VOICE.test(plain);
