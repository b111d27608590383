// Recall of the query counts four times as much as coverage of the stored phrase (F-beta with beta = 2):
// a short question ("kahneman?") should still match a longer phrase, but words we do not know must count.
const BETA_SQUARED = 4;
// A query word found only in an entry's answer (not in any of its phrasings) is half-evidence for that entry.
const ANSWER_ONLY_CREDIT = 0.5;
// A token in more than half the entries ("fail" here, "work" in a big FAQ) is common: its postings are long and it
// says little, so it only adds to phrasings that rarer query tokens have already reached.
const COMMON_IDF = Math.log(3);
// A word the content never uses weighs this much more than the rarest word it does: "what is the dopamine diet" is
// about diets, and one known topic word must not carry it.
const UNKNOWN_WEIGHT_FACTOR = 1.3;
// A word in the phrasings of this many entries (but not of most: that is a common word), none of which it names ("nobel" in three life stories), is a fact
// they share: asked about on its own ("what is the Nobel Prize?") it is about none of them.
const SHARED_FACT_OWNERS = 3;

/** What the index holds for one entry: the tokens of each phrasing, and of its answer. */
export interface IndexedEntry {
  phrases: ReadonlyArray<readonly string[]>;
  /** The tokens of the entry's topic label (its id read as words): what it names. */
  label: readonly string[];
  answer: readonly string[];
}

interface Phrase {
  owner: number;
  weight: number;
  tokens: ReadonlySet<string>;
}

/**
 * An inverted index with IDF weights, where a "document" is an entry, so a token spread over many entries
 * ("fail") weighs little and a name ("mcclintock") weighs a lot. An entry's score for a query is an F-beta of
 * recall (how much of the query the entry explains, from its phrasings and, at half credit, its answer) and
 * precision (how much of its best-matching phrasing the query covers). Tokens the index has never seen weigh as
 * much as the rarest known token: they are what an off-topic question is made of, and they pull its score down.
 * Intent tokens ("who") weigh as much too.
 */
export class TokenIndex {
  private readonly idf = new Map<string, number>();
  private readonly phrasePostings = new Map<string, number[]>();
  private readonly entryCredit = new Map<string, Map<number, number>>();
  private readonly phrases: Phrase[] = [];
  private readonly unknownWeight: number;
  private readonly sharedFacts = new Set<string>();

  constructor(entries: readonly IndexedEntry[], private readonly intentTokens: ReadonlySet<string> = new Set()) {
    // IDF comes from the phrasings, which say what an entry is about; answers only add words the phrasings lack.
    this.setIdf(entries.map((entry) => entry.phrases.flat()), entries.length);
    this.setIdf(entries.map((entry) => entry.answer), entries.length);
    const rarest = Math.log(1 + entries.length);
    this.unknownWeight = UNKNOWN_WEIGHT_FACTOR * rarest;
    // What kind of answer is wanted ("who …?") tells entries apart that share topic words, so it weighs as a name does.
    for (const token of intentTokens) if (this.idf.has(token)) this.idf.set(token, rarest);

    entries.forEach((entry, owner) => {
      for (const token of entry.answer) this.credit(token, owner, ANSWER_ONLY_CREDIT);
      for (const tokens of entry.phrases) {
        const unique = new Set(tokens);
        const id = this.phrases.push({ owner, weight: this.weightOf(unique), tokens: unique }) - 1;
        for (const token of unique) {
          this.credit(token, owner, 1);
          if (!this.phrasePostings.has(token)) this.phrasePostings.set(token, []);
          this.phrasePostings.get(token)!.push(id);
        }
      }
    });
    const named = new Set(entries.flatMap((entry) => entry.label));
    this.entryCredit.forEach((credits, token) => {
      const owners = [...credits.values()].filter((credit) => credit === 1).length;
      const isCommon = (this.idf.get(token) ?? 0) < COMMON_IDF;
      if (owners >= SHARED_FACT_OWNERS && !isCommon && !named.has(token) && !intentTokens.has(token)) this.sharedFacts.add(token);
    });
  }

  /** Best score (0..1) per entry; entries sharing no token with any of their phrasings are absent. */
  score(queryTokens: readonly string[]): Map<number, number> {
    const query = [...new Set(queryTokens)];
    if (query.every((token) => this.sharedFacts.has(token) || this.intentTokens.has(token))) return new Map();
    const queryWeight = this.weightOf(query);
    const idf = (token: string) => this.idf.get(token) ?? 0;
    const isRare = (token: string) => idf(token) >= COMMON_IDF;
    const overlap = new Map<number, number>();
    const explained = new Map<number, number>();
    const rare = query.filter(isRare);
    for (const token of rare.length > 0 ? rare : query) {
      const weight = idf(token);
      for (const id of this.phrasePostings.get(token) ?? []) overlap.set(id, (overlap.get(id) ?? 0) + weight);
      this.entryCredit.get(token)?.forEach((credit, owner) => explained.set(owner, (explained.get(owner) ?? 0) + weight * credit));
    }
    if (rare.length > 0) {
      for (const token of query) {
        const credits = this.entryCredit.get(token);
        if (isRare(token) || credits === undefined) continue;
        const weight = idf(token);
        overlap.forEach((shared, id) => {
          if (this.phrases[id].tokens.has(token)) overlap.set(id, shared + weight);
        });
        explained.forEach((sum, owner) => explained.set(owner, sum + weight * (credits.get(owner) ?? 0)));
      }
    }
    const best = new Map<number, number>();
    overlap.forEach((shared, id) => {
      const phrase = this.phrases[id];
      const recall = explained.get(phrase.owner)! / queryWeight;
      const precision = shared / phrase.weight;
      const f = ((1 + BETA_SQUARED) * precision * recall) / (BETA_SQUARED * precision + recall);
      if (f > (best.get(phrase.owner) ?? 0)) best.set(phrase.owner, f);
    });
    return best;
  }

  private setIdf(tokensPerEntry: ReadonlyArray<readonly string[]>, entryCount: number): void {
    const counts = new Map<string, number>();
    for (const tokens of tokensPerEntry) for (const token of new Set(tokens)) counts.set(token, (counts.get(token) ?? 0) + 1);
    counts.forEach((count, token) => {
      if (!this.idf.has(token)) this.idf.set(token, Math.log(1 + entryCount / count));
    });
  }

  private credit(token: string, owner: number, credit: number): void {
    if (!this.entryCredit.has(token)) this.entryCredit.set(token, new Map());
    const credits = this.entryCredit.get(token)!;
    credits.set(owner, Math.max(credits.get(owner) ?? 0, credit));
  }

  private weightOf(tokens: Iterable<string>): number {
    let total = 0;
    for (const token of tokens) total += this.idf.get(token) ?? this.unknownWeight;
    return total;
  }
}
