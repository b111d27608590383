import { stemsOf } from '../language/nlpjsClassifier';

// A word is risk-bearing when examples of harm use it this many times more often (per example) than look-alikes do.
const MIN_ODDS = 4;
const MIN_HARM_USES = 3;

/**
 * The words that carry risk in the safety corpus, learned from it: a stem much more common among examples of harm than
 * among look-alikes ("pills", "bruis", "goodby"). The learned tier only asks about a passage that has one, so an
 * ordinary sentence ("I need to go, my bus is here") never prompts a check-in however the classifier scores it.
 */
export class RiskWords {
  private readonly words = new Set<string>();

  constructor(harm: readonly string[], benign: readonly string[]) {
    const harmUses = countStems(harm);
    const benignUses = countStems(benign);
    harmUses.forEach((uses, stem) => {
      const odds = (uses / harm.length) / (((benignUses.get(stem) ?? 0) + 0.5) / benign.length);
      if (uses >= MIN_HARM_USES && odds >= MIN_ODDS) this.words.add(stem);
    });
  }

  in(text: string): boolean {
    return stemsOf(text).some((stem) => this.words.has(stem));
  }
}

function countStems(lines: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) for (const stem of new Set(stemsOf(line))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  return counts;
}
