import type { Reading, TextClassifier } from '../../src/language/classifier';

/**
 * Two classifiers' readings averaged label by label: NLP.js's network, which generalises over words, and the nearest
 * corpus line, which holds on to phrasings the network has seen too few times. Either alone scored lower on the fresh
 * sets (README, "Understanding what people type").
 */
export class BlendedClassifier<Label extends string> implements TextClassifier<Label> {
  constructor(private readonly parts: ReadonlyArray<TextClassifier<Label>>) {}

  classify(text: string): Reading<Label | 'None'>[] {
    const sums = new Map<Label | 'None', number>();
    for (const part of this.parts) for (const { label, score } of part.classify(text)) sums.set(label, (sums.get(label) ?? 0) + score / this.parts.length);
    return [...sums].map(([label, score]) => ({ label, score })).sort((a, b) => b.score - a.score);
  }
}
