/**
 * Decides whether a crisis phrase is plainly denied by the words just before it
 * ("im not suicidal", "i would never hurt myself", "im not going to kill myself").
 *
 * Deliberately narrow, to err towards safety:
 * - only a negator joined to the phrase by filler words counts, so "im not saying i want to die",
 *   "i cant stop thinking about killing myself" and "not sure i want to live" stay crises;
 * - "cant" is not a negator ("i cant kill myself, im too scared" is still a crisis);
 * - a denial followed by a hedge ("...but sometimes i think about it") does not count.
 */
const NEGATORS = new Set(['not', 'never', 'no', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'isnt', 'arent', 'wasnt', 'werent', 'aint']);

const FILLERS = new Set([
  'i', 'im', 'am', 'is', 'are', 'was', 'be', 'been', 'being', 'going', 'to', 'want', 'wanting', 'ever', 'really', 'actually',
  'thinking', 'of', 'about', 'planning', 'feeling', 'that', 'would', 'will', 'do', 'had', 'have', 'any', 'thoughts', 'at', 'all',
  'even', 'remotely', 'ive', 'id', 'ill', 'gonna', 'gone',
]);

const LOOK_BACK_WORDS = 6;

const HEDGE = /\b(?:but|though|although|yet|except|still)\b(?: [a-z0-9]+){0,8}? (?:sometimes|keep|kept|still|think|thinking|thought|thoughts|wonder|wondering|wish|urges?|tempted|lately|often|about it|of it|it a lot|again)\b/;

function deniedByPrecedingWords(before: string): boolean {
  const words = before.trim().split(' ').slice(-LOOK_BACK_WORDS);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (NEGATORS.has(word)) return true;
    if (!FILLERS.has(word)) return false;
  }
  return false;
}

/** `text` is normalised; `start`/`end` delimit the crisis phrase within it. */
export function isPlainlyDenied(text: string, start: number, end: number): boolean {
  const clauseStart = text.lastIndexOf(' . ', start) + 1;
  if (!deniedByPrecedingWords(text.slice(clauseStart, start))) return false;
  return !HEDGE.test(text.slice(end));
}
