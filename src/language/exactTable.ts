import type { Corpus } from './classifier';
import { plainText } from './normalise';

/**
 * The corpus read as a table: a message that is, word for word once normalised, one of a label's examples means that
 * label for certain. Lines listed under two labels mean neither for certain, and are left to the classifier.
 */
export class ExactTable<Label extends string> {
  private readonly byText = new Map<string, Label | null>();

  constructor(corpus: Corpus<Label>) {
    for (const [label, lines] of Object.entries(corpus) as Array<[Label, readonly string[]]>) {
      for (const line of lines) {
        const key = plainText(line);
        const seen = this.byText.get(key);
        this.byText.set(key, seen === undefined || seen === label ? label : null);
      }
    }
  }

  lookup(text: string): Label | undefined {
    return this.byText.get(plainText(text)) ?? undefined;
  }
}
