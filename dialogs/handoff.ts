import { assertEvent, assign, createActor, emit, enqueueActions, initialTransition, setup, type AnyStateNode } from 'xstate';
import { checkField } from './handoffValidation';
import type { BounceBackEvent, ContactDetails, ContactField, Emitted } from './types';
import { chose, sayLine } from './shared';

export const EDIT_CHOICES: Record<string, ContactField> = {
  'handoff.edit.name': 'name',
  'handoff.edit.contact': 'contact',
  'handoff.edit.time': 'time',
  'handoff.edit.note': 'note',
};

export interface HandoffContext {
  details: Partial<ContactDetails>;
  /** The note is optional: true once it was given, skipped or left blank on the form. */
  noteDone: boolean;
}

const REQUIRED: ContactField[] = ['name', 'contact', 'time'];


/** Keeps a checked value in the details; a contact also records whether it is an email or a phone number. */
function kept(details: Partial<ContactDetails>, field: ContactField, text: string): Partial<ContactDetails> {
  const checked = checkField(field, text);
  if (!checked.ok) return details;
  return field === 'contact' ? { ...details, contact: checked.value, contactKind: checked.kind } : { ...details, [field]: checked.value };
}

/**
 * A step that asks for one field. A good answer goes on to whatever is still missing (so after a change from the
 * confirmation, or a half-filled form, it leads straight back); a bad one is explained and asked again.
 */
function fieldStep(field: ContactField, back: string) {
  return {
    on: {
      TEXT: [
        { guard: { type: 'validFor', params: { field } } as const, target: 'route', actions: { type: 'keep', params: { field } } as const },
        { actions: { type: 'explain', params: { field } } as const },
      ],
      FORM: { target: 'route', actions: 'takeForm' as const },
      BACK: back,
    },
  };
}

/**
 * Contact a professional: consent, name, contact, a good time, an optional note, then a confirmation where any field
 * can be changed. The root machine keeps this machine's state in its own context and steps it with the pure
 * transition() (see stepHandoff), so a half-done handoff is persisted with the root's snapshot and nothing else.
 */
export const handoffMachine = setup({
  types: {
    context: {} as HandoffContext,
    events: {} as BounceBackEvent,
    emitted: {} as Emitted,
  },
  guards: {
    validFor: ({ event }, params: { field: ContactField }) => event.type === 'TEXT' && checkField(params.field, event.text).ok,
    missing: ({ context }, params: { field: ContactField }) => context.details[params.field] === undefined,
    noteNeeded: ({ context }) => !context.noteDone,
    // Wrapped, not shared as it is: a guard typed outside setup() loses the inference of enqueueActions' guards here.
    chose: ({ event }, params: { ids: string[] }) => chose({ event }, params),
  },
  actions: {
    say: emit((_, params: { key: string }) => sayLine(params.key)),
    sayNeed: emit({ type: 'say', line: { step: 'need' } }),
    explain: emit(({ event }, params: { field: ContactField }) => {
      assertEvent(event, 'TEXT');
      const checked = checkField(params.field, event.text);
      return sayLine(checked.ok ? 'handoff.problems.unknown' : checked.problem);
    }),
    keep: assign(({ context, event }, params: { field: ContactField }) => {
      assertEvent(event, 'TEXT');
      return { details: kept(context.details, params.field, event.text), noteDone: context.noteDone || params.field === 'note' };
    }),
    skipNote: assign(({ context }) => ({ details: { ...context.details, note: undefined }, noteDone: true })),
    /** The card form: every field is checked as if typed; a bad field is cleared and explained, so it is asked again. */
    takeForm: enqueueActions(({ context, event, enqueue }) => {
      assertEvent(event, 'FORM');
      let details = { ...context.details };
      let noteDone = context.noteDone || 'note' in event.fields;
      for (const field of event.unreadable) {
        details = { ...details, [field]: undefined };
        if (field === 'note') noteDone = false;
        enqueue.emit(sayLine(`handoff.problems.unreadable.${field}`));
      }
      for (const [field, text] of Object.entries(event.fields) as Array<[ContactField, string]>) {
        if (field === 'note' && !text.trim()) {
          details = { ...details, note: undefined };
          continue;
        }
        const checked = checkField(field, text);
        if (checked.ok) {
          details = kept(details, field, text);
        } else {
          details = { ...details, [field]: undefined };
          if (field === 'note') noteDone = false;
          enqueue.emit(sayLine(checked.problem));
        }
      }
      enqueue.assign({ details, noteDone });
    }),
    requestSave: emit(({ context }) => ({ type: 'effect' as const, effect: { kind: 'saveContactRequest' as const, details: context.details as ContactDetails } })),
    confirmSent: emit(({ event }) => {
      assertEvent(event, 'HANDOFF_SAVED');
      return sayLine('handoff.sent', { reference: event.reference });
    }),
  },
}).createMachine({
  id: 'handoff',
  context: { details: {}, noteDone: false },
  initial: 'consent',
  on: {
    TEXT: { actions: 'sayNeed' },
    CHOICE: { actions: 'sayNeed' },
    FORM: { actions: 'sayNeed' },
  },
  states: {
    consent: {
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['handoff.consent.yes'] } }, target: 'name' },
          { guard: { type: 'chose', params: { ids: ['handoff.consent.no'] } }, target: 'done', actions: { type: 'say', params: { key: 'handoff.consent.declined' } } },
          { actions: 'sayNeed' },
        ],
        BACK: { target: 'done', actions: { type: 'say', params: { key: 'handoff.left' } } },
      },
    },
    name: fieldStep('name', 'consent'),
    contact: fieldStep('contact', 'name'),
    time: fieldStep('time', 'contact'),
    note: {
      on: {
        ...fieldStep('note', 'time').on,
        CHOICE: { guard: { type: 'chose', params: { ids: ['handoff.noteSkip'] } }, target: 'confirm', actions: 'skipNote' },
      },
    },
    /** On to the first field still missing, or to the confirmation. */
    route: {
      always: [
        ...REQUIRED.map((field) => ({ guard: { type: 'missing' as const, params: { field } }, target: field })),
        { guard: 'noteNeeded', target: 'note' },
        { target: 'confirm' },
      ],
    },
    confirm: {
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['handoff.send'] } }, target: 'sending', actions: 'requestSave' },
          ...Object.entries(EDIT_CHOICES).map(([id, field]) => ({ guard: { type: 'chose' as const, params: { ids: [id] } }, target: field })),
          { actions: 'sayNeed' },
        ],
        FORM: { target: 'route', actions: 'takeForm' },
        BACK: 'note',
      },
    },
    /** Waits for the saved request's reference; nothing is said to be sent before the database has it. */
    sending: {
      on: {
        HANDOFF_SAVED: { target: 'done', actions: 'confirmSent' },
        HANDOFF_FAILED: { target: 'confirm', actions: { type: 'say', params: { key: 'handoff.notSent' } } },
      },
    },
    done: { type: 'final' },
  },
});

/** The events that can end a handoff (declined, left, sent): those with a transition to a final state. */
function finishingEvents(node: AnyStateNode): string[] {
  const here = [...node.transitions.entries()].filter(([, options]) => options.some((option) => (option.target ?? []).some((target) => target.type === 'final')));
  return [...new Set([...here.map(([type]) => type), ...Object.values(node.states).flatMap(finishingEvents)])];
}

/** Every event the handoff takes, and those that can end it: read off the machine, so they never drift from it. */
export const HANDOFF_EVENTS: readonly string[] = handoffMachine.root.events;
export const FINISHING_HANDOFF_EVENTS: readonly string[] = finishingEvents(handoffMachine.root);

/** The handoff's state as the root machine keeps it in its context (plain JSON). */
export interface HandoffState { value: string; context: HandoffContext; done?: boolean }

export function startHandoff(): HandoffState {
  const [first] = initialTransition(handoffMachine);
  return { value: String(first.value), context: first.context };
}

/**
 * One event through the handoff machine: its next state, and the lines and effects it emitted, in order. An actor is
 * restored from the state, hears the event and is stopped, so nothing outlives the step but the state it returns.
 */
export function stepHandoff(state: HandoffState, event: BounceBackEvent): { state: HandoffState; emitted: Emitted[] } {
  const actor = createActor(handoffMachine, { snapshot: handoffMachine.resolveState({ value: state.value, context: state.context }) });
  const emitted: Emitted[] = [];
  actor.on('*', (out) => emitted.push(out));
  actor.start();
  actor.send(event);
  const next = actor.getSnapshot();
  actor.stop();
  return { state: { value: String(next.value), context: next.context, ...(next.status === 'done' ? { done: true } : {}) }, emitted };
}
