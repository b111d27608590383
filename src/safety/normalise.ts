import { editDistance } from '../language/editDistance';
import { foldText } from '../language/normalise';
import { TEXT_SPEAK } from '../language/textSpeak';

/**
 * Turns a raw chat message into a canonical lower-case string for phrase matching:
 * Unicode folded, quotes and apostrophes flattened, clause punctuation kept as " . ",
 * stretched letters squeezed ("diiiie"), common misspellings and chat slang mapped to
 * standard words. Only used for matching; never shown or stored.
 */

/** Words the rules rely on; misspelt or stretched tokens are mapped back to these. */
const KEY_WORDS = [
  'suicide', 'suicidal', 'myself', 'himself', 'herself', 'themselves', 'overdose', 'overdosing', 'unalive',
  'paracetamol', 'kill', 'killing', 'die', 'dying', 'dead', 'want', 'all', 'still', 'sleep', 'feel', 'better',
  'anymore', 'harm', 'harming', 'cutting', 'hurt', 'hurting', 'pills', 'tablets', 'abused', 'abusive', 'goodbye',
  'alive', 'live', 'living', 'life', 'end', 'hits', 'beats', 'hitting', 'beating',
];

/**
 * The language layer's chat spellings, plus the misspellings and slang the crisis rules must see through. A few of the
 * shared entries are left out: the rules read "no", "ok" and "and" as the words people typed, and "2" as "to".
 */
const SAFETY_SPELLINGS: Record<string, string> = {
  '2': 'to', ded: 'dead', lyf: 'life', liv: 'live', pils: 'pills', tabs: 'tablets', tablts: 'tablets', paracetemol: 'paracetamol',
  parecetamol: 'paracetamol', sewerslide: 'suicide', selfharm: 'self harm', selfharming: 'self harming', unalived: 'unalive',
  unaliving: 'unalive', unalive: 'unalive', im: 'im', ive: 'ive', cbf: 'cant be bothered', rn: 'right now',
};
const LEFT_AS_TYPED = new Set(['yeah', 'yep', 'yup', 'yeh', 'yea', 'ye', 'yh', 'ys', 'nah', 'nope', 'naw', 'na', 'nop', 'k', 'kk', 'okk', 'okey', 'okay', 'n', 'idk', 'tbh', 'ngl', 'imo', 'btw', 'ty', 'ta', 'thx']);
const SLANG: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TEXT_SPEAK).filter(([word]) => !LEFT_AS_TYPED.has(word))),
  ...SAFETY_SPELLINGS,
};

/** Two-word spellings joined before token mapping. */
const JOINS: Array<[RegExp, string]> = [
  [/\bsewer ?slide\b/g, 'suicide'],
  [/\bun alive\b/g, 'unalive'],
  [/\bmy self\b(?! harm| injur)/g, 'myself'],
  [/\bcan not\b/g, 'cant'],
  [/\bany more\b/g, 'anymore'],
  [/\bsh (?=ing\b)/g, 'sh'],
];

const squeezeRuns = (word: string): string => word.replace(/(.)\1+/g, '$1');

const SQUEEZED_KEYS = new Map(KEY_WORDS.map((w) => [squeezeRuns(w), w]));

/** Only distinctive words tolerate typos: common ones have real neighbours ("living"/"loving", "overdose"/"overdue"). */
const FUZZY_KEYS = ['suicide', 'suicidal', 'myself', 'himself', 'herself', 'themselves', 'paracetamol', 'unalive'];
const allowedTypos = (word: string): number => (word.length >= 8 ? 2 : 1);

function fuzzyKey(token: string): string | undefined {
  if (token.length < 5) return undefined;
  return FUZZY_KEYS.find(
    (key) => key[0] === token[0] && Math.abs(key.length - token.length) <= 2 && editDistance(token, key, allowedTypos(key)) <= allowedTypos(key),
  );
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** "d13" → "die", "k1ll" → "kill"; plain numbers are left alone. */
const unLeet = (token: string): string =>
  /[a-z]/.test(token) && /[0-9@$]/.test(token) ? token.replace(/[0-9@$]/g, (c) => LEET[c] ?? c) : token;

function canonicalToken(raw: string): string {
  if (SLANG[raw] !== undefined) return SLANG[raw];
  const token = unLeet(raw);
  if (KEY_WORDS.includes(token)) return token;
  const squeezed = SQUEEZED_KEYS.get(squeezeRuns(token));
  if (squeezed) return squeezed;
  const fuzzy = fuzzyKey(token);
  if (fuzzy) return fuzzy;
  // Stretched letters ("soooo") shrink to a double so ordinary words stay recognisable.
  return token.replace(/(.)\1{2,}/g, '$1$1');
}

export function normalise(text: string): string {
  // The shared first step: Unicode folded, lower case, quotes plain, apostrophes inside words dropped ("don't" → "dont").
  let s = foldText(text).replace(/[\u201a\u2032]/g, "'");
  s = s.replace(/[.!?,;:\u2026\n\r]+/g, ' . ');
  s = s.replace(/[^a-z0-9.@$ ]+/g, ' ').replace(/(?<![a-z0-9])[@$]|[@$](?![a-z0-9])/g, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  // Spelt-out letters ("d i e", "k m s") are joined back into a word.
  s = s.replace(/\b[a-z](?: [a-z]){2,}\b/g, (letters) => letters.replace(/ /g, ''));
  for (const [pattern, replacement] of JOINS) s = s.replace(pattern, replacement);
  s = s
    .split(' ')
    .map((t) => (t === '.' ? t : canonicalToken(t)))
    .join(' ');
  s = s.replace(/(?:\. )+\./g, '.');
  // A clause that opens with "of", "with" or "for good" carries on the one before ("so tired. of everything. of being me").
  return s.replace(/ \. (?=(?:of|with|for good)\b)/g, ' ');
}
