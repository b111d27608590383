// Time to understand one message, end to end through the interpreter (safety net, intents, yes/no, FAQ):
// `npx tsx bench/understanding.ts`. Timing lives here, never in tests. The budget (issue 11): p50 ≤ 0.2 ms, p99 ≤ 1 ms
// for a chat message; long stories are timed apart, and the ratio to plain normalisation shows what the layer costs.
import { normaliseText } from '../src/language/normalise';
import { createUnderstanding } from '../src/understanding/createUnderstanding';
import { buriedAtEnd, loadSafetySet } from '../test/safety-eval/evaluate';
import { loadUnderstandingSet, promptAt } from '../test/understanding-eval/evaluate';

const ROUNDS = 30;

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length * 0.5)], p99: sorted[Math.floor(sorted.length * 0.99)] };
}

function time(messages: Array<{ text: string; step: string }>, run: (text: string, step: string) => unknown): { p50: number; p99: number } {
  for (const { text, step } of messages) run(text, step);
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { text, step } of messages) {
      const started = process.hrtime.bigint();
      run(text, step);
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return percentiles(samples);
}

const { interpreter } = createUnderstanding();
const understanding = loadUnderstandingSet('test/understanding-eval/fresh-1');
const safety = loadSafetySet('test/safety-eval/fresh-5');
const prompts = new Map(['menu', 'what', 'feeling', 'intensity', 'friend', 'selfTalk', 'thought', 'evidence', 'balanced', 'goal', 'when', 'rerate'].map((step) => [step, promptAt(step)]));
const chat = [
  ...understanding.menu.map(({ text }) => ({ text, step: 'menu' })),
  ...understanding.steps.map(({ text, step }) => ({ text, step })),
  ...safety.crisis.filter(({ text }) => text.length < 300).map(({ text }) => ({ text, step: 'thought' })),
  ...safety.benign.filter(({ text }) => text.length < 300).map(({ text }) => ({ text, step: 'what' })),
];
const long = safety.crisis.slice(0, 20).map(({ text }) => ({ text: buriedAtEnd(text), step: 'what' }));
const understand = (text: string, step: string) => interpreter.interpret({ kind: 'message', text }, prompts.get(step)!);

const messages = time(chat, understand);
const baseline = time(chat, (text) => normaliseText(text));
const stories = time(long, understand);
const ms = (value: number) => `${value.toFixed(3)} ms`;
console.log(`Understanding one message (${chat.length} chat messages × ${ROUNDS} rounds; ${long.length} stories of 5,000+ characters)\n`);
console.log('| messages | p50 | p99 | p50 ratio to normalising alone | target |\n|---|---|---|---|---|');
console.log(`| chat messages | ${ms(messages.p50)} | ${ms(messages.p99)} | ${(messages.p50 / baseline.p50).toFixed(0)}x | p50 ≤ 0.2 ms, p99 ≤ 1 ms |`);
console.log(`| 5,000-character stories | ${ms(stories.p50)} | ${ms(stories.p99)} | | (read whole, sentence by sentence) |`);
