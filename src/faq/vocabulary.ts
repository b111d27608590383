import { canonicalWord, stem } from './canonical';
import { splitWords } from './normalise';
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

  private joinCompounds(words: string[]): string[] {
    const joined: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const pair = words[i] + (words[i + 1] ?? '');
      if (i + 1 < words.length && this.words.has(pair)) {
        joined.push(pair);
        i++;
      } else {
        joined.push(words[i]);
      }
    }
    return joined;
  }

  private resolve(word: string): string {
    const token = canonicalWord(word);
    if (this.tokens.has(token)) return token;
    const corrected = this.corrector.correct(word);
    return corrected === undefined ? token : canonicalWord(corrected);
  }
}
