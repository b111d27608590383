import type { Section } from './markdown';
import { table } from './markdown';

/** What bench/faq-match.ts's runFaqBench() may return: a time per query in ms, or named figures. */
type FaqBench = () => unknown;

// When bench/faq-match.ts lands, this one line becomes: import { runFaqBench } from './faq-match';
const runFaqBench: FaqBench | undefined = undefined;

function rows(result: unknown): string[][] {
  if (typeof result === 'number') return [['ms per query', result.toFixed(4)]];
  if (typeof result === 'object' && result !== null) {
    return Object.entries(result).map(([name, value]) => [name, typeof value === 'number' ? String(Number(value.toFixed(4))) : JSON.stringify(value)]);
  }
  return [['result', String(result)]];
}

/** Figure 2: FAQ match time per query, from the FAQ's own micro-benchmark, run in this process. */
export async function faqSection(run: FaqBench | undefined = runFaqBench): Promise<Section> {
  const title = '2. FAQ match time per query';
  if (!run) return { title, body: 'not yet available (bench/faq-match.ts has not landed)' };
  return { title, body: table(['figure', 'value'], rows(await run())) };
}
