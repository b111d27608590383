// Dashes and hyphens people paste from Word, phones and the article itself (U+2010–U+2015, U+2212).
const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC`´']/g;
// Initialisms typed with dots ("c.b.t", "C.B.T."): the dots go, so they meet the closed-up form.
const DOTTED_INITIALISM = /\b(?:[a-z]\.){2,}(?:[a-z]\b)?/g;

/**
 * Lower-cases, folds Unicode look-alikes and strips punctuation, so "What’s self‑compassion?" and
 * "whats self-compassion" become the same string. Hyphenated words are closed up ("selfcompassion")
 * so that spelling variants meet in one token; the vocabulary re-joins "self compassion" the same way.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(APOSTROPHES, '')
    .replace(DOTTED_INITIALISM, (initialism) => initialism.replace(/\./g, ''))
    .replace(/([a-z0-9])-(?=[a-z0-9])/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function splitWords(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}
