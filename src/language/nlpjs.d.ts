// NLP.js ships no type declarations; these cover the parts the language layer uses.
declare module '@nlpjs/neural' {
  export interface TrainingItem { input: Record<string, number>; output: Record<string, number> }
  export class NeuralNetwork {
    constructor(settings?: Record<string, unknown>);
    train(corpus: TrainingItem[]): { error: number; iterations: number };
    run(input: Record<string, number>): Record<string, number> | undefined;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
}
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
}
