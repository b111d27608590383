import { assertEvent, enqueueActions, sendParent, setup } from 'xstate';
import { deletionLines } from './privacyLines';
import { chose, needAt, sayLine, stepLineKey, stepLines, tellParent, whereLines } from './shared';
import type { BounceBackEvent } from './types';

export interface PrivacyContext {
  /** Whether the person had a reframe part-way: the confirmation says that went too. */
  hadAnswers: boolean;
  deleted: boolean;
}

/**
 * "Delete my data": a confirmation, then the deletion (an effect, whose answer says what went). The root invokes it in
 * its `privacy` state, forwards the events it takes and says what it sends back; it ends, and tells the root whether
 * anything was deleted.
 */
export const privacyMachine = setup({
  types: {
    context: {} as PrivacyContext,
    input: {} as { hadAnswers: boolean },
    events: {} as BounceBackEvent,
    output: {} as { deleted: boolean },
  },
  guards: {
    // Wrapped, not shared as it is: a guard typed outside setup() loses its inference here.
    chose: ({ event }, params: { ids: string[] }) => chose({ event }, params),
  },
  actions: {
    say: sendParent((_, params: { key: string }) => tellParent(sayLine(params.key))),
    sayNeed: sendParent((_, params: { step: string }) => tellParent(sayLine(stepLineKey(params.step, 'need')))),
    sayWhere: enqueueActions(({ enqueue }, params: { step: string }) => whereLines(params.step).forEach((out) => enqueue.sendParent(tellParent(out)))),
    requestDeletion: sendParent(tellParent({ type: 'effect', effect: { kind: 'deleteData' } })),
    reportDeletion: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'DATA_DELETED');
      for (const line of deletionLines(context.hadAnswers, event)) enqueue.sendParent(tellParent(line));
      enqueue.assign({ deleted: true });
    }),
  },
}).createMachine({
  id: 'privacy',
  context: ({ input }) => ({ hadAnswers: input.hadAnswers, deleted: false }),
  initial: 'confirmDelete',
  states: {
    confirmDelete: {
      on: {
        ...stepLines('privacy.confirmDelete'),
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['privacy.delete.yes'] } }, target: 'deleting', actions: 'requestDeletion' },
          { guard: { type: 'chose', params: { ids: ['privacy.delete.no'] } }, target: 'done', actions: { type: 'say', params: { key: 'privacy.kept' } } },
          needAt('privacy.confirmDelete'),
        ],
        BACK: { target: 'done', actions: { type: 'say', params: { key: 'privacy.kept' } } },
      },
    },
    deleting: {
      on: { ...stepLines('privacy.deleting'), DATA_DELETED: { target: 'done', actions: 'reportDeletion' } },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ deleted: context.deleted }),
});

/** Every event "delete my data" takes: read off the machine, so the root forwards exactly these. */
export const PRIVACY_EVENTS: readonly string[] = privacyMachine.root.events;
