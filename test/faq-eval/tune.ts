import type { FaqMatch, FaqOptions, ScoredEntry } from '../../src/faq/types';
import { decide } from '../../src/faq/decide';
import { evaluate, type EvalReport, type EvalSet } from './evaluate';

export interface TuningResult {
  options: FaqOptions;
  report: EvalReport;
}

const THRESHOLDS = Array.from({ length: 17 }, (_, i) => 0.3 + i * 0.025);
const MARGINS = [0, 0.02, 0.04, 0.05, 0.06, 0.08, 0.1];

/**
 * Grid search over threshold and margin. Rankings are computed once per question, then re-decided per option
 * pair. Best = highest min(top-1, rejection), then fewer clarifications, then the higher (safer) threshold.
 */
export function tune(rank: (text: string) => ScoredEntry[], set: EvalSet): TuningResult {
  const texts = [...set.inScope.map((c) => c.text), ...set.outOfScope];
  const ranked = new Map(texts.map((text) => [text, rank(text)]));
  let best: TuningResult | undefined;
  for (const threshold of THRESHOLDS) {
    for (const margin of MARGINS) {
      const options = { threshold: Number(threshold.toFixed(3)), margin };
      const report = evaluate((text): FaqMatch => decide(ranked.get(text)!, options), set.inScope, set.outOfScope);
      const key = (r: EvalReport) => Math.min(r.top1Accuracy, r.outOfScopeRejection) - r.clarificationRate / 10;
      if (best === undefined || key(report) > key(best.report) + 1e-9) best = { options, report };
    }
  }
  return best!;
}
