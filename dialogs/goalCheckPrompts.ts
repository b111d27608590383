import type { GoalCheckState } from './goalCheck';
import { PROGRESS_CHOICES } from './goalProgress';
import type { Prompt } from './types';

/** What is asked in each state of a check-in on the learning goal (the child machine dialogs/goalCheck.ts). */
export function goalCheckPrompt(child: GoalCheckState | undefined): Prompt {
  const at = child?.value ?? 'offer';
  const step = `goalCheck.${at}`;
  const plan = child?.context.plan;
  switch (at) {
    case 'offer':
      return {
        step,
        ...(plan?.when ? { key: 'goalCheck.offer.promptAt', params: { goal: plan.goal, when: plan.when } } : { key: 'goalCheck.offer.prompt', params: { goal: plan?.goal ?? '' } }),
        // Words here that are not yes or no are read as the time they would like instead.
        expects: 'text',
        asksTime: true,
        choices: ['goalCheck.yes', 'goalCheck.no'],
        yesNo: { yes: 'goalCheck.yes', no: 'goalCheck.no' },
      };
    case 'asked':
      return { step, key: 'goalCheck.asked.prompt', params: { goal: child?.context.dueGoal ?? '' }, expects: 'text', choices: Object.values(PROGRESS_CHOICES), progress: PROGRESS_CHOICES };
    case 'next':
      return { step, key: 'goalCheck.next.prompt', expects: 'choice', choices: ['goalCheck.nextGoal', 'reframe.start', 'goalCheck.stop'] };
    case 'nextWhen':
      return { step, key: 'goalCheck.nextWhen.prompt', expects: 'text', choices: ['when.skip'], asksTime: true };
    default:
      return { step, key: `${step}.prompt`, expects: 'text', choices: [] };
  }
}
