const SENTENCE_BREAK = /(?<=[.!?…])\s+|\s*\n+\s*/;
// A run-on message with no full stops still has to be read in pieces a bag-of-words model can weigh.
const MAX_PIECE_WORDS = 40;
// Up to this many sentences, a message is one thought: every passage of it is read in the light of all of it.
const SHORT_MESSAGE_SENTENCES = 3;

/** A message's sentences, with any over-long one cut into overlapping pieces of at most 40 words. */
export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence))
    .flatMap((sentence) => {
      const words = sentence.split(/\s+/);
      if (words.length <= MAX_PIECE_WORDS) return [sentence];
      const pieces: string[] = [];
      for (let i = 0; i < words.length; i += MAX_PIECE_WORDS / 2) pieces.push(words.slice(i, i + MAX_PIECE_WORDS).join(' '));
      return pieces;
    });
}

/** A stretch of a message worth reading on its own, and the words around it that say how it is meant. */
export interface Passage { text: string; around: string }

/**
 * The passages of a message: each sentence and each pair of neighbours, so a plan told across two short sentences
 * ("pills sorted. sunday.") is seen whole and a long story cannot drown one line. A short message is also read whole.
 */
export function passagesOf(text: string): Passage[] {
  const sentences = sentencesOf(text);
  const short = sentences.length <= SHORT_MESSAGE_SENTENCES;
  const around = (from: number, to: number) => (short ? text : sentences.slice(Math.max(0, from - 1), to + 2).join(' '));
  const passages: Passage[] = short && sentences.length > 1 ? [{ text, around: text }] : [];
  sentences.forEach((sentence, i) => {
    passages.push({ text: sentence, around: around(i, i) });
    if (i + 1 < sentences.length) passages.push({ text: `${sentence} ${sentences[i + 1]}`, around: around(i, i + 1) });
  });
  return passages;
}

// The rules read a long message three sentences at a time, two sentences on each time, so every sentence and every
// pair of neighbours is read whole, at half the cost of reading each one apart.
const WINDOW_SENTENCES = 3;
const WINDOW_STRIDE = 2;

/** The stretches the rules read: a short message whole, a long one in overlapping windows of three sentences. */
export function windowsOf(text: string): Passage[] {
  const sentences = sentencesOf(text);
  if (sentences.length <= SHORT_MESSAGE_SENTENCES) return [{ text, around: text }];
  const windows: Passage[] = [];
  for (let i = 0; i < sentences.length - 1; i += WINDOW_STRIDE) {
    windows.push({ text: sentences.slice(i, i + WINDOW_SENTENCES).join(' '), around: sentences.slice(Math.max(0, i - 1), i + WINDOW_SENTENCES + 1).join(' ') });
  }
  return windows;
}
