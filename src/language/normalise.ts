import { expandTextSpeak } from './textSpeak';

// Dashes and hyphens people paste from Word, phones and the article itself (U+2010–U+2015, U+2212).
const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC`´']/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
// Initialisms typed with dots ("c.b.t", "C.B.T."): the dots go, so they meet the closed-up form.
const DOTTED_INITIALISM = /\b(?:[a-z]\.){2,}(?:[a-z]\b)?/g;

/**
 * The first step of reading any message, shared by every reader: Unicode folded, lower case, invisible characters
 * gone, quotes and dashes made plain, and apostrophes inside words dropped ("don’t" → "dont"). Punctuation stays,
 * for readers that need clause breaks (the safety check).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(DOUBLE_QUOTES, '"')
    .replace(APOSTROPHES, "'")
    .replace(/(?<=[a-z0-9])'(?=[a-z])/g, '');
}

/**
 * Folded text with punctuation stripped, so "What’s self‑compassion?" and "whats self-compassion" become the same
 * string. Hyphenated words are closed up ("selfcompassion") so that spelling variants meet in one token.
 */
export function normaliseText(text: string): string {
  return foldText(text)
    .replace(/'/g, '')
    .replace(DOTTED_INITIALISM, (initialism) => initialism.replace(/\./g, ''))
    .replace(/([a-z0-9])-(?=[a-z0-9])/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function splitWords(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}

/** Letters held down ("pleeease", "nooo") shrink to two, so stretched words meet their usual spelling's neighbours. */
const squeeze = (word: string): string => word.replace(/([a-z])\1{2,}/g, '$1$1');

/** The words of a message as a person means them: normalised, stretched letters squeezed, chat spellings expanded. */
export function plainWords(text: string): string[] {
  return expandTextSpeak(splitWords(text).map(squeeze));
}

/** plainWords joined: the form tables and corpus lines are compared in. */
export function plainText(text: string): string {
  return plainWords(text).join(' ');
}
