import { assign, enqueueActions, sendParent, setup } from 'xstate';
import { chose, needAt, sayLine, stepLineKey, stepLines, tellParent, whereLines } from './shared';
import type { BounceBackEvent, CrisisTier, HarmKind } from './types';

export interface SupportContext {
  /** Whose helplines, and which kind of harm, every line is about. */
  region: string;
  harm: HarmKind;
  tier: CrisisTier;
  /** Set when the person chose to carry on with their reframe. */
  resume: boolean;
}

const GROUNDING = ['crisis.grounding', 'crisis.breathing', 'crisis.afterGrounding'];

/**
 * Full crisis support for one kind of harm: counted (no text), the opening, the region's helplines and a plain word on
 * emergencies; then "are you safe right now?", grounding, and a way back to the reframe. The root invokes it in its
 * `support` state (clear risk, or a check-in answered yes or not sure) and says what it sends back; it ends only when
 * the person carries on with their reframe.
 */
export const supportMachine = setup({
  types: {
    context: {} as SupportContext,
    input: {} as Pick<SupportContext, 'region' | 'harm' | 'tier'>,
    events: {} as BounceBackEvent,
    output: {} as { resume: boolean },
  },
  guards: {
    // Wrapped, not shared as it is: a guard typed outside setup() loses its inference here.
    chose: ({ event }, params: { ids: string[] }) => chose({ event }, params),
  },
  actions: {
    begin: enqueueActions(({ context, enqueue }) => {
      enqueue.sendParent(tellParent({ type: 'effect', effect: { kind: 'recordCrisis', region: context.region, harm: context.harm, tier: context.tier } }));
      for (const key of ['crisis.opening', 'crisis.helplines', 'crisis.notEmergency']) enqueue.sendParent(tellParent(sayLine(key, { region: context.region, kind: context.harm })));
    }),
    sayLines: enqueueActions(({ context, enqueue }, params: { keys: string[] }) => {
      for (const key of params.keys) enqueue.sendParent(tellParent(sayLine(key, { region: context.region, kind: context.harm })));
    }),
    sayNeed: sendParent((_, params: { step: string }) => tellParent(sayLine(stepLineKey(params.step, 'need')))),
    sayWhere: enqueueActions(({ enqueue }, params: { step: string }) => whereLines(params.step).forEach((out) => enqueue.sendParent(tellParent(out)))),
    resume: assign({ resume: () => true }),
  },
}).createMachine({
  id: 'support',
  context: ({ input }) => ({ ...input, resume: false }),
  entry: 'begin',
  initial: 'check',
  states: {
    check: {
      on: {
        ...stepLines('support.check'),
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['crisis.notSafe'] } }, target: 'followUp', actions: { type: 'sayLines', params: { keys: ['crisis.notSafe'] } } },
          { guard: { type: 'chose', params: { ids: ['crisis.safe'] } }, target: 'followUp', actions: { type: 'sayLines', params: { keys: ['crisis.safe'] } } },
          { guard: { type: 'chose', params: { ids: ['crisis.grounding'] } }, target: 'followUp', actions: { type: 'sayLines', params: { keys: GROUNDING } } },
          // A button the step does not offer is asked about again.
          needAt('support.check'),
        ],
        TEXT: { target: 'followUp', actions: { type: 'sayLines', params: { keys: ['crisis.unsure', 'crisis.helplines'] } } },
      },
    },
    followUp: {
      on: {
        ...stepLines('support.followUp'),
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['crisis.grounding'] } }, actions: { type: 'sayLines', params: { keys: GROUNDING } } },
          { guard: { type: 'chose', params: { ids: ['reframe.resume'] } }, target: 'done', actions: 'resume' },
          needAt('support.followUp'),
        ],
        TEXT: { actions: { type: 'sayLines', params: { keys: ['crisis.unsure', 'crisis.helplines'] } } },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ resume: context.resume }),
});

/** Every event crisis support takes: read off the machine, so the root forwards exactly these. */
export const SUPPORT_EVENTS: readonly string[] = supportMachine.root.events;
