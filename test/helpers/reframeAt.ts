import { createActor } from 'xstate';
import { bounceBackMachine } from '../../dialogs/bounceBack';
import type { BounceBackSnapshot } from '../../dialogs/prompts';
import { reframeMachine } from '../../dialogs/reframe';
import type { Answers } from '../../dialogs/types';

/** The root in the middle of a reframe, at this step with these answers, as a restored conversation has it. */
export function reframeAt(step: string, answers: Answers): BounceBackSnapshot {
  const root = createActor(bounceBackMachine);
  root.start();
  root.send({ type: 'CHOICE', id: 'reframe.start' });
  const persisted = root.getPersistedSnapshot() as unknown as { children: Record<string, { snapshot: unknown }> };
  persisted.children.reframe.snapshot = reframeMachine.getPersistedSnapshot(reframeMachine.resolveState({ value: step, context: { answers } }));
  root.stop();
  return createActor(bounceBackMachine, { snapshot: persisted as never }).getSnapshot();
}
