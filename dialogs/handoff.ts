import { assertEvent, assign, enqueueActions, sendParent, setup } from 'xstate';
import { checkField } from './handoffValidation';
import type { BounceBackEvent, ContactDetails, ContactField } from './types';
import { chose, needAt, sayLine, stepLineKey, stepLines, tellParent as tell, whereLines } from './shared';

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

/** What a handoff step answers of itself: "help", anything it did not take, and a second "contact a professional" (where they are). */
function ownLines(at: string) {
  const step = `handoff.${at}`;
  return { ...stepLines(step), FORM: needAt(step), HANDOFF: { actions: { type: 'say', params: { key: stepLineKey(step, 'where') } } } } as const;
}

/**
 * A step that asks for one field. A good answer goes on to whatever is still missing (so after a change from the
 * confirmation, or a half-filled form, it leads straight back); a bad one is explained and asked again.
 */
function fieldStep(field: ContactField, back: string) {
  return {
    on: {
      ...ownLines(field),
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
 * can be changed. The root machine invokes it while the person is in its `handoff` state: it forwards the events, the
 * handoff sends back what to say and do (`child.out`), and its final state ends the invocation. A half-done handoff is
 * persisted with the root's snapshot, as its child; leaving the state stops it, details and all.
 */
export const handoffMachine = setup({
  types: {
    context: {} as HandoffContext,
    events: {} as BounceBackEvent,
  },
  guards: {
    validFor: ({ event }, params: { field: ContactField }) => event.type === 'TEXT' && checkField(params.field, event.text).ok,
    missing: ({ context }, params: { field: ContactField }) => context.details[params.field] === undefined,
    noteNeeded: ({ context }) => !context.noteDone,
    // Wrapped, not shared as it is: a guard typed outside setup() loses the inference of enqueueActions' guards here.
    chose: ({ event }, params: { ids: string[] }) => chose({ event }, params),
  },
  actions: {
    say: sendParent((_, params: { key: string }) => tell(sayLine(params.key))),
    sayNeed: sendParent((_, params: { step: string }) => tell(sayLine(stepLineKey(params.step, 'need')))),
    sayWhere: enqueueActions(({ enqueue }, params: { step: string }) => whereLines(params.step).forEach((out) => enqueue.sendParent(tell(out)))),
    explain: sendParent(({ event }, params: { field: ContactField }) => {
      assertEvent(event, 'TEXT');
      const checked = checkField(params.field, event.text);
      return tell(sayLine(checked.ok ? 'handoff.problems.unknown' : checked.problem));
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
        enqueue.sendParent(tell(sayLine(`handoff.problems.unreadable.${field}`)));
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
          enqueue.sendParent(tell(sayLine(checked.problem)));
        }
      }
      enqueue.assign({ details, noteDone });
    }),
    requestSave: sendParent(({ context }) => tell({ type: 'effect', effect: { kind: 'saveContactRequest', details: context.details as ContactDetails } })),
    confirmSent: sendParent(({ event }) => {
      assertEvent(event, 'HANDOFF_SAVED');
      return tell(sayLine('handoff.sent', { reference: event.reference }));
    }),
  },
}).createMachine({
  id: 'handoff',
  context: { details: {}, noteDone: false },
  initial: 'consent',
  states: {
    consent: {
      on: {
        ...ownLines('consent'),
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['handoff.consent.yes'] } }, target: 'name' },
          { guard: { type: 'chose', params: { ids: ['handoff.consent.no'] } }, target: 'done', actions: { type: 'say', params: { key: 'handoff.consent.declined' } } },
          needAt('handoff.consent'),
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
        CHOICE: [{ guard: { type: 'chose', params: { ids: ['handoff.noteSkip'] } }, target: 'confirm', actions: 'skipNote' }, needAt('handoff.note')],
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
        ...ownLines('confirm'),
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['handoff.send'] } }, target: 'sending', actions: 'requestSave' },
          ...Object.entries(EDIT_CHOICES).map(([id, field]) => ({ guard: { type: 'chose' as const, params: { ids: [id] } }, target: field })),
          needAt('handoff.confirm'),
        ],
        FORM: { target: 'route', actions: 'takeForm' },
        BACK: 'note',
      },
    },
    /** Waits for the saved request's reference; nothing is said to be sent before the database has it. */
    sending: {
      on: {
        ...ownLines('sending'),
        HANDOFF_SAVED: { target: 'done', actions: 'confirmSent' },
        HANDOFF_FAILED: { target: 'confirm', actions: { type: 'say', params: { key: 'handoff.notSent' } } },
      },
    },
    done: { type: 'final' },
  },
});

/** Every event the handoff takes: read off the machine, so the root forwards exactly these. */
export const HANDOFF_EVENTS: readonly string[] = handoffMachine.root.events;

/** The handoff's state, as its prompt needs it (the root's child snapshot, or nothing before it starts). */
export interface HandoffState { value: string; context: HandoffContext }
