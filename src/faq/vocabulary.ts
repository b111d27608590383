import { canonicalWord, stem } from './canonical';
import { splitWords } from '../language/normalise';
import { SpellingCorrector } from './spellingCorrector';
import { STOP_WORDS } from './stopWords';

// "telling", "keeps" and "wanted" are framing just as "tell", "keep" and "want" are.
function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || STOP_WORDS.has(stem(word));
}

/**
 * Turns text into the canonical tokens the index knows. It closes up compounds the content spells as one word
 * ("self compassion", "neuro plasticity"), drops stop words, and mends typos against the content's own words.
 */
export class Vocabulary {
  private readonly words: Set<string>;
  private readonly tokens: Set<string>;
  private readonly corrector: SpellingCorrector;

  constructor(phrases: readonly string[]) {
    this.words = new Set(phrases.flatMap((phrase) => splitWords(phrase)).filter((word) => !isStopWord(word)));
    this.tokens = new Set([...this.words].map(canonicalWord));
    this.corrector = new SpellingCorrector(this.words);
  }

  tokenise(text: string): string[] {
    const words = this.joinCompounds(splitWords(text)).filter((word) => !isStopWord(word));
    return words.map((word) => this.resolve(word));
  }

  /** Whether a token (from tokenise) is one the content uses, rather than a word only the asker used. */
  knows(token: string): boolean {
    return this.tokens.has(token);
  }

  private joinCompounds(words: string[]): string[] {
    const joined: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const pair = i + 1 < words.length ? this.compound(words[i], words[i + 1]) : undefined;
      if (pair !== undefined) {
        joined.push(pair);
        i++;
      } else {
        joined.push(words[i]);
      }
    }
    return joined;
  }

  // "self compassion" and, with a slip in it, "self compasion" are the content's "selfcompassion".
  private compound(first: string, second: string): string | undefined {
    const pair = first + second;
    if (this.words.has(pair)) return pair;
    // Only a slip is mended, and only between two topic words: framing ("what is") never closes up.
    if (isStopWord(first) || isStopWord(second)) return undefined;
    if (this.tokens.has(canonicalWord(first)) && this.tokens.has(canonicalWord(second))) return undefined;
    const corrected = this.corrector.correct(pair);
    // Only a closed-up compound counts, not a correction that drops one of the two words.
    return corrected !== undefined && corrected.length > Math.max(first.length, second.length) + 2 ? corrected : undefined;
  }

  private resolve(word: string): string {
    const token = canonicalWord(word);
    if (this.tokens.has(token)) return token;
    const corrected = this.corrector.correct(word);
    return corrected === undefined ? token : canonicalWord(corrected);
  }
}
