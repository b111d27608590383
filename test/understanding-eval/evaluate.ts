import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bounceBackMachine } from '../../dialogs/bounceBack';
import { promptFor } from '../../dialogs/prompts';
import type { Interpretation, Prompt } from '../../dialogs/types';
import type { IntentReader } from '../../src/language/intentReader';
import type { Interpreter } from '../../src/understanding/interpreter';
import { reframeAt } from '../helpers/reframeAt';

/** One eval folder: menu-intents.json, step-messages.json and yes-no.json, written before any tuning against them. */
export interface UnderstandingSet {
  menu: Array<{ intent: string; text: string }>;
  steps: Array<{ step: string; text: string; expect: string }>;
  yesNo: Array<{ asked: string; text: string; expect: string }>;
}

export function loadUnderstandingSet(folder: string): UnderstandingSet {
  const read = (name: string) => JSON.parse(readFileSync(join(folder, name), 'utf8'));
  return { menu: read('menu-intents.json'), steps: read('step-messages.json'), yesNo: read('yes-no.json') };
}

/** What a person would see happen, in the eval sets' own labels. */
export function outcomeOf(event: Interpretation): string {
  switch (event.type) {
    case 'HANDOFF': return 'human';
    case 'UNSURE_HANDOFF': return 'unsure_human';
    case 'DELETE_DATA': return 'delete_data';
    case 'SHOW_DATA': return 'what_stored';
    case 'STOP': return 'stop';
    case 'HELP': return 'help';
    case 'BACK': return 'back';
    case 'START_OVER': return 'start_over';
    case 'MENU': return 'menu';
    case 'GREET': return 'greet';
    case 'STORY': return 'story';
    case 'CRISIS': case 'CHECK_IN': return 'crisis';
    case 'CHOICE': return event.id.startsWith('reframe.') ? 'reframe' : 'answer';
    case 'INFO': {
      const key = event.says[0]?.key;
      return key === 'faq.list' ? 'faq_list' : key === 'faq.none' ? 'question_none' : 'question';
    }
    default: return 'answer';
  }
}

/** Whether an outcome is what the person asked for. Off-topic words at the menu are met with what the bot can do (a "hi" with the welcome, which says it too). */
function isRight(expected: string, got: string): boolean {
  if (expected === 'none') return got === 'answer' || got === 'question_none' || got === 'greet';
  if (expected === 'answer') return got === 'answer';
  return got === expected;
}

export interface Miss { where: string; text: string; expected: string; got: string }
export interface Score { right: number; total: number; clarified: number }
export interface UnderstandingReport { menu: Score; steps: Score; yesNo: Score; byIntent: Record<string, Score>; misses: Miss[] }

const STEP_STATES: Record<string, object> = { what: {}, feeling: {}, intensity: {}, friend: {}, selfTalk: {}, thought: {}, evidence: {}, balanced: {}, goal: {}, when: {}, mindful: {}, rerate: {} };

export function promptAt(step: string): Prompt {
  if (step === 'menu') return promptFor(bounceBackMachine.resolveState({ value: 'menu', context: {} }));
  return promptFor(reframeAt(step, { what: 'I missed a deadline', feeling: 'shame', before: 7 }));
}

export function evaluateUnderstanding(set: UnderstandingSet, interpreter: Interpreter, reader: IntentReader): UnderstandingReport {
  const misses: Miss[] = [];
  const byIntent: Record<string, Score> = {};
  const score = (where: string, text: string, expected: string, got: string, into: Score) => {
    into.total++;
    const tally = (byIntent[expected] ??= { right: 0, total: 0, clarified: 0 });
    tally.total++;
    if (isRight(expected, got)) {
      into.right++;
      tally.right++;
    } else {
      if (expected === 'human' && got === 'unsure_human') {
        into.clarified++;
        tally.clarified++;
      }
      misses.push({ where, text, expected, got });
    }
  };
  const menu: Score = { right: 0, total: 0, clarified: 0 };
  const menuPrompt = promptAt('menu');
  for (const { intent, text } of set.menu) score('menu', text, intent, outcomeOf(interpreter.interpret({ kind: 'message', text }, menuPrompt)), menu);
  const steps: Score = { right: 0, total: 0, clarified: 0 };
  for (const { step, text, expect } of set.steps) {
    if (!(step in STEP_STATES)) throw new Error(`unknown step ${step}`);
    score(step, text, expect, outcomeOf(interpreter.interpret({ kind: 'message', text }, promptAt(step))), steps);
  }
  const yesNo: Score = { right: 0, total: 0, clarified: 0 };
  for (const { asked, text, expect } of set.yesNo) {
    const got = reader.yesNo(text);
    yesNo.total++;
    if (got === expect) yesNo.right++;
    else misses.push({ where: `yes/no: ${asked}`, text, expected: expect, got });
  }
  return { menu, steps, yesNo, byIntent, misses };
}
