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

/** Chat slang and frequent misspellings, token → replacement. */
const SLANG: Record<string, string> = {
  wanna: 'want to', wana: 'want to', gonna: 'going to', gna: 'going to', tryna: 'trying to', finna: 'going to',
  wnat: 'want', whant: 'want', u: 'you', ur: 'your', '2': 'to', ppl: 'people', cannot: 'cant', noone: 'no one',
  no1: 'no one', ded: 'dead', lyf: 'life', liv: 'live', meself: 'myself', mysef: 'myself', mself: 'myself',
  hurtin: 'hurting', killin: 'killing', dyin: 'dying', livin: 'living', cuttin: 'cutting', anymor: 'anymore',
  nomore: 'no more', rn: 'right now', bc: 'because', cuz: 'because', coz: 'because', cos: 'because', im: 'im',
  pils: 'pills', tabs: 'tablets', sewerslide: 'suicide', selfharm: 'self harm', selfharming: 'self harming',
  unalived: 'unalive', unaliving: 'unalive', unalive: 'unalive',
  wnt: 'want', wnna: 'want to', wanan: 'want to', dnt: 'dont', cnt: 'cant', abt: 'about', bout: 'about', r: 'are',
  sum1: 'someone', some1: 'someone', any1: 'anyone', ne1: 'anyone', every1: 'everyone', evry1: 'everyone', nobdy: 'nobody',
  '2nite': 'tonight', '2night': 'tonight', tonite: 'tonight', '2day': 'today', '2moro': 'tomorrow', '2morrow': 'tomorrow',
  tmrw: 'tomorrow', tmr: 'tomorrow', wud: 'would', wld: 'would', cud: 'could', shud: 'should', dunno: 'dont know',
  rly: 'really', jus: 'just', juss: 'just', tho: 'though', ive: 'ive', cbf: 'cant be bothered', wer: 'were', wen: 'when',
  n: 'and', w: 'with', enuf: 'enough', nuff: 'enough', tablts: 'tablets', paracetemol: 'paracetamol', parecetamol: 'paracetamol',
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

/** Optimal string alignment distance (edits plus adjacent swaps), capped for speed. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Only distinctive words tolerate typos: common ones have real neighbours ("living"/"loving", "overdose"/"overdue"). */
const FUZZY_KEYS = ['suicide', 'suicidal', 'myself', 'himself', 'herself', 'themselves', 'paracetamol', 'unalive'];
const allowedTypos = (word: string): number => (word.length >= 8 ? 2 : 1);

function fuzzyKey(token: string): string | undefined {
  if (token.length < 5) return undefined;
  return FUZZY_KEYS.find(
    (key) => key[0] === token[0] && Math.abs(key.length - token.length) <= 2 && editDistance(token, key) <= allowedTypos(key),
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
  let s = text.normalize('NFKC').toLowerCase();
  s = s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  s = s.replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"');
  // Apostrophes inside words are dropped ("don't" → "dont") so spellings with and without them meet.
  s = s.replace(/(?<=[a-z])'(?=[a-z])/g, '');
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
