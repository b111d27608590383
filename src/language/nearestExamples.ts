import type { Corpus, Reading, TextClassifier } from './classifier';
import { stemsOf } from './nlpjsClassifier';

interface Example { label: string; weights: Map<string, number>; norm: number }

/**
 * Labels a message by the corpus line it is most like: cosine similarity of IDF-weighted stems. Where NLP.js's
 * network has seen too few lines to generalise ("what data do you have about me" next to "what data do you keep"),
 * the nearest example still shows the way; its score is the similarity itself, 0..1, so it is comparable across
 * messages.
 */
export class NearestExamples<Label extends string> implements TextClassifier<Label> {
  private readonly idf = new Map<string, number>();
  private readonly examples: Example[] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(corpus: Corpus<Label>) {
    const lines = (Object.entries(corpus) as Array<[Label, readonly string[]]>).flatMap(([label, texts]) => texts.map((text) => ({ label, stems: new Set(stemsOf(text)) })));
    const counts = new Map<string, number>();
    for (const { stems } of lines) for (const stem of stems) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    counts.forEach((count, stem) => this.idf.set(stem, Math.log(1 + lines.length / count)));
    lines.forEach(({ label, stems }, index) => {
      const weights = new Map([...stems].map((stem) => [stem, this.idf.get(stem)!]));
      this.examples.push({ label, weights, norm: Math.hypot(...weights.values()) });
      for (const stem of stems) {
        if (!this.postings.has(stem)) this.postings.set(stem, []);
        this.postings.get(stem)!.push(index);
      }
    });
  }

  classify(text: string): Reading<Label | 'None'>[] {
    const stems = new Set(stemsOf(text));
    // A word the corpus never uses weighs as much as its rarest: it is evidence the message is about something else.
    const unseen = Math.log(1 + this.examples.length);
    const norm = Math.hypot(...[...stems].map((stem) => this.idf.get(stem) ?? unseen));
    const dot = new Map<number, number>();
    for (const stem of stems) {
      const weight = this.idf.get(stem);
      if (weight === undefined) continue;
      for (const index of this.postings.get(stem) ?? []) dot.set(index, (dot.get(index) ?? 0) + weight * weight);
    }
    const best = new Map<string, number>();
    dot.forEach((value, index) => {
      const example = this.examples[index];
      const similarity = value / (norm * example.norm);
      if (similarity > (best.get(example.label) ?? 0)) best.set(example.label, similarity);
    });
    const readings = [...best].map(([label, score]) => ({ label: label as Label, score })).sort((a, b) => b.score - a.score);
    return readings.length > 0 ? readings : [{ label: 'None', score: 1 }];
  }
}
