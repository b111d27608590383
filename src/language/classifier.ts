/** One reading of a message: a label from the corpus and how sure the classifier is (0..1, all readings sum to 1). */
export interface Reading<Label extends string = string> {
  label: Label;
  score: number;
}

/**
 * Labels a message, best reading first. Behind this interface so a semantic model can replace the bag-of-words one
 * without touching the machines or the interpreter.
 */
export interface TextClassifier<Label extends string = string> {
  classify(text: string): Reading<Label | 'None'>[];
}

/** Training data: each label with the example messages that mean it. */
export type Corpus<Label extends string = string> = Record<Label, readonly string[]>;
