import type { SnapshotFrom } from 'xstate';
import type { BounceBackMachine } from './bounceBack';
import { FEELINGS } from './feelings';
import type { GoalCheckState } from './goalCheck';
import { goalCheckPrompt } from './goalCheckPrompts';
import type { HandoffState } from './handoff';
import { handoffPrompt } from './handoffPrompts';
import { privacyPrompt } from './privacyPrompts';
import { answersOf } from './reframe';
import type { Prompt, StepExpectation } from './types';

export type BounceBackSnapshot = SnapshotFrom<BounceBackMachine>;

interface StepSpec { expects: StepExpectation; choices?: string[]; asksTime?: true }

/** A rating can be tapped as well as typed: one button for each of 0 to 10. */
export const RATING_CHOICES = Array.from({ length: 11 }, (_, value) => `rating.${value}`);

const STEPS: Record<string, StepSpec> = {
  'reframe.what': { expects: 'text' },
  'reframe.feeling': { expects: 'text', choices: FEELINGS },
  'reframe.intensity': { expects: 'rating', choices: RATING_CHOICES },
  'reframe.friend': { expects: 'text', choices: ['step.skip'] },
  'reframe.selfTalk': { expects: 'text', choices: ['step.done'] },
  'reframe.thought': { expects: 'text' },
  'reframe.evidence': { expects: 'text' },
  'reframe.balanced': { expects: 'text' },
  'reframe.goal': { expects: 'text' },
  'reframe.when': { expects: 'text', choices: ['when.skip'], asksTime: true },
  'reframe.mindful': { expects: 'text', choices: ['mindful.ready'] },
  'reframe.rerate': { expects: 'rating', choices: RATING_CHOICES },
};

/** The dotted path of the innermost state, e.g. "menu" or "reframe" (a child's own step is its prompt's). */
export function stepOf(snapshot: BounceBackSnapshot): string {
  const parts: string[] = [];
  let value: unknown = snapshot.value;
  while (typeof value === 'object' && value !== null) {
    const [key] = Object.keys(value);
    parts.push(key);
    value = (value as Record<string, unknown>)[key];
  }
  parts.push(String(value));
  return parts.join('.');
}

/**
 * What the person is asked in this state. Entry actions are not replayed when a snapshot is restored,
 * so the prompt is always derived from the state itself, never remembered.
 */
export function promptFor(snapshot: BounceBackSnapshot): Prompt {
  const step = stepOf(snapshot);
  if (step === 'handoff') return handoffPrompt(snapshot.children.handoff?.getSnapshot() as HandoffState | undefined);
  if (step === 'privacy') return privacyPrompt(`privacy.${String(snapshot.children.privacy?.getSnapshot().value ?? 'confirmDelete')}`);
  if (step === 'goalCheck') return goalCheckPrompt(snapshot.children.goalCheck?.getSnapshot() as GoalCheckState | undefined);
  const unfinished = Object.keys(answersOf(snapshot.context.reframe)).length > 0;
  if (step === 'menu') {
    return unfinished
      ? { step, key: 'menu.promptReturning', expects: 'choice', choices: ['reframe.resume', 'reframe.restart', 'cmd.faq', 'cmd.human'] }
      : { step, key: 'menu.prompt', expects: 'choice', choices: ['reframe.start', 'cmd.faq', 'cmd.human'] };
  }
  if (step === 'offer') return { step, key: 'menu.offer.prompt', expects: 'choice', choices: ['offer.yes', 'offer.no'], yesNo: { yes: 'offer.yes', no: 'offer.no' } };
  if (step === 'checkIn') {
    return { step, key: 'crisis.checkIn', params: region(snapshot), expects: 'text', choices: ['checkIn.yes', 'checkIn.no', 'checkIn.unsure'], yesNo: { yes: 'checkIn.yes', no: 'checkIn.no' } };
  }
  if (step === 'confirmHandoff') return { step, key: 'handoff.unsure.prompt', expects: 'choice', choices: ['unsure.yes', 'unsure.no'], yesNo: { yes: 'unsure.yes', no: 'unsure.no' } };
  if (step === 'idle') return { step, key: 'idle.prompt', expects: 'choice', choices: ['cmd.menu'] };
  if (step === 'support') return supportPrompt(`support.${String(snapshot.children.support?.getSnapshot().value ?? 'check')}`, unfinished, snapshot);
  return stepPrompt(`reframe.${String(snapshot.context.reframe?.getSnapshot().value ?? 'what')}`);
}

/** Crisis support's prompts: whether they are safe right now, then what may help. */
function supportPrompt(step: string, unfinished: boolean, snapshot: BounceBackSnapshot): Prompt {
  if (step === 'support.check') {
    return { step, key: 'crisis.askSafe', params: region(snapshot), expects: 'text', choices: ['crisis.safe', 'crisis.notSafe', 'crisis.grounding', 'cmd.human'] };
  }
  return { step, key: 'support.followUp.prompt', expects: 'text', choices: ['crisis.grounding', 'cmd.human', unfinished ? 'reframe.resume' : 'cmd.menu'] };
}

/** A step of the reframe (the child machine dialogs/reframe.ts). */
function stepPrompt(step: string): Prompt {
  const spec = STEPS[step];
  return { step, key: `steps.${step}.prompt`, expects: spec.expects, choices: spec.choices ?? [], ...(spec.asksTime ? { asksTime: true } : {}) };
}

const region = (snapshot: BounceBackSnapshot): Record<string, string> => ({ region: snapshot.context.region ?? '', kind: snapshot.context.harm ?? 'suicidal' });
