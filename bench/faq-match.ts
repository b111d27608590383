// FAQ match time per query: `npx tsx bench/faq-match.ts`. Timing lives here, never in tests.
import { loadFaq } from '../src/faq/content';
import { FaqMatcher } from '../src/faq/matcher';
import type { FaqEntry } from '../src/faq/types';
import { EVAL_FOLDERS, loadEvalSet } from '../test/faq-eval/evaluate';

const WARM_UP_ROUNDS = 20;
const MEASURED_ROUNDS = 50;
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tus', 'vo', 'dra', 'pel', 'sin', 'gor', 'bu', 'fe', 'zan', 'qui', 'ter', 'nal'];

export interface FaqBenchRow {
  scale: number;
  entries: number;
  medianMs: number;
  p99Ms: number;
  medianRatio: number;
  p99Ratio: number;
}

/** A deterministic pseudo-random generator, so every run benches the same synthetic content. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/** Synthetic entries with invented words, so the vocabulary and the index grow with the content. */
function synthesise(count: number, random: () => number): FaqEntry[] {
  const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
  const sentence = (words: number) => Array.from({ length: words }, word).join(' ');
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i}`,
    question: `What is ${sentence(2)}?`,
    section: 'synthetic',
    answer: `${sentence(25)}.`,
    alternates: Array.from({ length: 7 }, () => `How does ${sentence(3)} work?`),
    related: [],
    source: 'article' as const,
  }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function timeQueries(matcher: FaqMatcher, queries: string[]): { median: number; p99: number } {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const query of queries) matcher.match(query);
  const times: number[] = [];
  for (let round = 0; round < MEASURED_ROUNDS; round++) {
    for (const query of queries) {
      const start = process.hrtime.bigint();
      matcher.match(query);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99) };
}

export async function runFaqBench(scales: number[] = [1, 10, 100]): Promise<{ queries: number; rows: FaqBenchRow[] }> {
  const base = loadFaq();
  // Both eval sets: the fresh one has more typos and long messages, the slow kinds of query.
  const sets = Object.values(EVAL_FOLDERS).map(loadEvalSet);
  const queries = sets.flatMap((set) => [...set.inScope.map((c) => c.text), ...set.outOfScope]);
  const random = seeded(42);
  const rows: FaqBenchRow[] = [];
  for (const scale of scales) {
    const entries = [...base, ...synthesise(base.length * (scale - 1), random)];
    const { median, p99 } = timeQueries(new FaqMatcher(entries), queries);
    const first = rows[0];
    rows.push({
      scale,
      entries: entries.length,
      medianMs: median,
      p99Ms: p99,
      medianRatio: first ? median / first.medianMs : 1,
      p99Ratio: first ? p99 / first.p99Ms : 1,
    });
  }
  return { queries: queries.length, rows };
}

function markdown({ queries, rows }: { queries: number; rows: FaqBenchRow[] }): string {
  const lines = [
    `FAQ match time per query (${queries} queries from every eval set x ${MEASURED_ROUNDS} rounds after ${WARM_UP_ROUNDS} warm-up rounds; target p99 < 0.2 ms at 1x)`,
    '',
    '| content | entries | median (ms) | p99 (ms) | median vs 1x | p99 vs 1x |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.scale}x | ${r.entries} | ${r.medianMs.toFixed(4)} | ${r.p99Ms.toFixed(4)} | ${r.medianRatio.toFixed(2)}x | ${r.p99Ratio.toFixed(2)}x |`,
    ),
  ];
  return lines.join('\n');
}

// Run directly (tsx does not set require.main to this module); a wider bench imports runFaqBench instead.
if (/faq-match\.ts$/.test(process.argv[1] ?? '')) {
  runFaqBench().then((result) => console.log(markdown(result)));
}
