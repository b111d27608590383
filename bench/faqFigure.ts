import { runFaqBench } from './faq-match';
import type { Section } from './markdown';
import { table } from './markdown';

/** Figure 2: FAQ match time per query, from the FAQ's own micro-benchmark, run in this process. */
export async function faqSection(): Promise<Section> {
  const { queries, rows } = await runFaqBench();
  return {
    title: '2. FAQ match time per query',
    body: `${queries} queries from both eval sets, after warm-up.\n\n${table(
      ['content', 'entries', 'median ms', 'p99 ms', 'median vs 1x', 'p99 vs 1x'],
      rows.map((row) => [`${row.scale}x`, String(row.entries), row.medianMs.toFixed(4), row.p99Ms.toFixed(4), `${row.medianRatio.toFixed(2)}x`, `${row.p99Ratio.toFixed(2)}x`]),
    )}`,
  };
}
