import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Prompt } from '../../dialogs/types';
import { timeFrom } from '../../src/goalChecks/goalCheckTime';
import type { IntentReader } from '../../src/language/intentReader';
import type { Interpreter } from '../../src/understanding/interpreter';

/** A check-in eval set: answers to "How did it go?", "stop check-ins" and its look-alikes, and answers to "When might you try it?". */
export interface GoalCheckSet {
  progress: Array<{ text: string; expect: string }>;
  stop: Array<{ text: string; expect: boolean }>;
  when: Array<{ text: string; expect: 'time' | 'none' }>;
}

export function loadGoalCheckSet(folder: string): GoalCheckSet {
  const read = <T>(name: string): T => JSON.parse(readFileSync(join(folder, name), 'utf8')) as T;
  return { progress: read('progress.json'), stop: read('stop.json'), when: read('when.json') };
}

export interface Part { right: number; total: number; misses: string[] }

/** Tuesday 1 December 2026, 10:00 in London: times are read from here. */
const NOW = Date.parse('2026-12-01T10:00:00Z');

function part<T extends { text: string; expect: unknown }>(cases: T[], got: (item: T) => unknown): Part {
  const result: Part = { right: 0, total: cases.length, misses: [] };
  for (const item of cases) {
    const answer = got(item);
    if (answer === item.expect) result.right += 1;
    else result.misses.push(`"${item.text}": expected ${String(item.expect)}, got ${String(answer)}`);
  }
  return result;
}

/** Read as the app reads them: the answers by the language layer, "stop check-ins" by the interpreter at the menu. */
export function evaluateGoalChecks(set: GoalCheckSet, language: IntentReader, interpreter: Interpreter, menu: Prompt): Record<'progress' | 'stop' | 'when', Part> {
  return {
    progress: part(set.progress, ({ text }) => language.progress(text)),
    stop: part(set.stop, ({ text }) => interpreter.interpret({ kind: 'message', text }, menu).type === 'goalCheck.stop'),
    when: part(set.when, ({ text }) => (timeFrom(text, NOW, 'Europe/London') === undefined ? 'none' : 'time')),
  };
}
