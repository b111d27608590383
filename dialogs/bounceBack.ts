import { assign, emit, enqueueActions, setup } from 'xstate';
import { saidNo, saidYes, startHandoff, stepHandoff, type HandoffState } from './handoff';
import { dataLines, deletionLines } from './handoffPeople';
import { parseRating } from './rating';
import { recognisePattern } from './thinkingPatterns';
import type { Answers, BounceBackEvent, Emitted, Say } from './types';

/** Bump when a change would make an older stored snapshot unsafe to restore. */
export const MACHINE_VERSION = 1;

export const FEELINGS = ['feeling.shame', 'feeling.selfCriticism', 'feeling.anxiety', 'feeling.disappointment'];
const ARTICLE_EXAMPLE = 'i didnt succeed this time but i can learn from it';

export interface BounceBackContext {
  answers: Answers;
  /** Region of the helplines last shown, so later crisis lines give the same numbers. */
  region?: string;
  /** Only while the person is arranging contact with a professional (dialogs/handoff.ts). */
  handoff?: HandoffState;
}

const textOf = (event: BounceBackEvent): string => (event.type === 'TEXT' ? event.text : event.type === 'CHOICE' ? event.id : '');
const plain = (text: string): string => text.toLowerCase().replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
/** Reflections quote the person briefly; the summary quotes them in full. */
const brief = (text: string, max = 90): string => (text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`);
const line = (key: string, params?: Say['params']): Emitted => ({ type: 'say', line: { key, params } });
/** Events the handoff machine takes while the person is in it; the first four can also end it (declined, left, sent). */
const FINISHING_HANDOFF_EVENTS = ['TEXT', 'CHOICE', 'BACK', 'HANDOFF_SAVED'];
const HANDOFF_EVENTS: string[] = [...FINISHING_HANDOFF_EVENTS, 'FORM', 'HANDOFF_FAILED'];

export const bounceBackMachine = setup({
  types: {
    context: {} as BounceBackContext,
    events: {} as BounceBackEvent,
    emitted: {} as Emitted,
  },
  guards: {
    hasUnfinished: ({ context }) => Object.keys(context.answers).length > 0,
    chose: ({ event }, params: { ids: string[] }) => event.type === 'CHOICE' && params.ids.includes(event.id),
    isRating: ({ event }) => event.type === 'TEXT' && parseRating(event.text) !== undefined,
    isArticleExample: ({ event }) => event.type === 'TEXT' && plain(event.text) === ARTICLE_EXAMPLE,
    saidYes: ({ event }) => saidYes(event),
    saidNo: ({ event }) => saidNo(event),
    // The step is pure, so asking ahead is safe; an eventless transition would not run on a restored (stopped) snapshot.
    finishesHandoff: ({ context, event }) => stepHandoff(context.handoff ?? startHandoff(), event).state.done === true,
  },
  actions: {
    welcome: enqueueActions(({ context, enqueue }) => {
      enqueue.emit(line('welcome.greeting'));
      enqueue.emit(line('welcome.disclaimer'));
      if (Object.keys(context.answers).length > 0) enqueue.emit(line('welcome.returning'));
    }),
    remember: assign(({ context, event }, params: { field: keyof Answers }) => ({
      answers: { ...context.answers, [params.field]: textOf(event) },
    })),
    rememberRating: assign(({ context, event }) => ({
      answers: { ...context.answers, before: parseRating(textOf(event)) },
    })),
    rememberThought: assign(({ context, event }) => ({
      answers: { ...context.answers, thought: textOf(event), pattern: recognisePattern(textOf(event)) },
    })),
    clearAnswers: assign({ answers: () => ({}) }),
    reflectWhat: emit(({ context }) => line('reflect.what', { what: brief(context.answers.what ?? '') })),
    reflectPattern: emit(({ context }) =>
      line(context.answers.pattern ? `patterns.${context.answers.pattern}.reflect` : 'reflect.noPattern')),
    summarise: emit(({ context, event }) => line('summary', {
      what: context.answers.what ?? '',
      feeling: context.answers.feeling ?? '',
      before: context.answers.before ?? '',
      kind: context.answers.selfWords ?? context.answers.friendWords ?? '',
      balanced: context.answers.balanced ?? '',
      goal: context.answers.goal ?? '',
      when: context.answers.when ?? '',
      after: parseRating(textOf(event)) ?? '',
    })),
    say: emit((_, params: { key: string }) => line(params.key)),
    sayStepLine: emit((_, params: { step: 'where' | 'need' }) => ({ type: 'say' as const, line: { step: params.step } })),
    startCrisisSupport: enqueueActions(({ event, enqueue }) => {
      if (event.type !== 'CRISIS') return;
      enqueue.assign({ region: event.region });
      enqueue.emit({ type: 'effect', effect: { kind: 'recordCrisis', region: event.region } });
      for (const key of ['crisis.opening', 'crisis.helplines', 'crisis.notEmergency']) enqueue.emit(line(key, { region: event.region }));
    }),
    sayCrisisLines: enqueueActions(({ context, enqueue }, params: { keys: string[] }) => {
      for (const key of params.keys) enqueue.emit(line(key, { region: context.region ?? '' }));
    }),
    tell: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'INFO') for (const said of event.says) enqueue.emit({ type: 'say', line: said });
    }),
    // Contact a professional and people's data.
    startHandoff: assign({ handoff: () => startHandoff() }),
    /** Leaving part-way (menu, stop, …) drops the details; an event the handoff itself takes clears them in toHandoff. */
    leaveHandoff: enqueueActions(({ event, enqueue }) => {
      if (!HANDOFF_EVENTS.includes(event.type)) enqueue.assign({ handoff: undefined });
    }),
    toHandoff: enqueueActions(({ context, event, enqueue }) => {
      const { state, emitted } = stepHandoff(context.handoff ?? startHandoff(), event);
      enqueue.assign({ handoff: state.done ? undefined : state });
      for (const out of emitted) enqueue.emit(out);
    }),
    requestDescription: emit({ type: 'effect', effect: { kind: 'describeData' } }),
    requestDeletion: emit({ type: 'effect', effect: { kind: 'deleteData' } }),
    describeData: enqueueActions(({ context, event, enqueue }) => dataLines(context.answers, event).forEach((out) => enqueue.emit(out))),
    reportDeletion: enqueueActions(({ context, event, enqueue }) => deletionLines(context.answers, event).forEach((out) => enqueue.emit(out))),
  },
}).createMachine({
  id: 'bb',
  context: { answers: {} },
  initial: 'menu',
  on: {
    GREET: { target: '.menu', actions: 'welcome' },
    MENU: { target: '.menu' },
    STOP: { target: '.idle' },
    START_OVER: { target: '.reframe', actions: ['clearAnswers', { type: 'say', params: { key: 'global.startOver' } }] },
    HELP: { actions: [{ type: 'sayStepLine', params: { step: 'where' } }, { type: 'say', params: { key: 'help.canDo' } }] },
    INFO: { actions: 'tell' },
    // Crisis language wins over everything, in every state; the reframe is paused (history), never thrown away.
    CRISIS: { target: '.support', actions: 'startCrisisSupport' },
    UNUSABLE: { actions: { type: 'sayStepLine', params: { step: 'need' } } },
    // Anything a step did not take is answered with what that step needs; nothing moves on.
    TEXT: { actions: { type: 'sayStepLine', params: { step: 'need' } } },
    CHOICE: { actions: { type: 'sayStepLine', params: { step: 'need' } } },
    // Contact a professional and people's data: reachable from every state.
    HANDOFF: { target: '.handoff' },
    SHOW_DATA: { actions: 'requestDescription' },
    DATA_SHOWN: { actions: 'describeData' },
    DELETE_DATA: { target: '.privacy' },
  },
  states: {
    handoff: {
      entry: 'startHandoff',
      // Details never outlive the handoff: sent, declined or left, they go with it.
      exit: 'leaveHandoff',
      on: {
        ...Object.fromEntries(FINISHING_HANDOFF_EVENTS.map((type) => [type, [{ guard: 'finishesHandoff', target: 'menu', actions: 'toHandoff' }, { actions: 'toHandoff' }]])),
        FORM: { actions: 'toHandoff' },
        HANDOFF_FAILED: { actions: 'toHandoff' },
        HANDOFF: { actions: { type: 'sayStepLine', params: { step: 'where' } } },
      },
    },
    privacy: {
      initial: 'confirmDelete',
      states: {
        confirmDelete: {
          on: {
            CHOICE: [
              { guard: { type: 'chose', params: { ids: ['privacy.delete.yes'] } }, target: 'deleting', actions: 'requestDeletion' },
              { guard: { type: 'chose', params: { ids: ['privacy.delete.no'] } }, target: '#bb.menu', actions: { type: 'say', params: { key: 'privacy.kept' } } },
              { actions: { type: 'sayStepLine', params: { step: 'need' } } },
            ],
            TEXT: [
              { guard: 'saidYes', target: 'deleting', actions: 'requestDeletion' },
              { guard: 'saidNo', target: '#bb.menu', actions: { type: 'say', params: { key: 'privacy.kept' } } },
              { actions: { type: 'sayStepLine', params: { step: 'need' } } },
            ],
            BACK: { target: '#bb.menu', actions: { type: 'say', params: { key: 'privacy.kept' } } },
          },
        },
        deleting: {
          on: { DATA_DELETED: { target: '#bb.menu', actions: ['reportDeletion', 'clearAnswers'] } },
        },
      },
    },
    menu: {
      on: {
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['reframe.resume'] } }, target: 'reframe.history' },
          { guard: { type: 'chose', params: { ids: ['reframe.start', 'reframe.restart'] } }, target: 'reframe', actions: 'clearAnswers' },
          { actions: { type: 'sayStepLine', params: { step: 'need' } } },
        ],
        TEXT: { actions: { type: 'say', params: { key: 'menu.notUnderstood' } } },
      },
    },
    idle: {
      on: { TEXT: { target: 'menu', actions: { type: 'say', params: { key: 'menu.notUnderstood' } } } },
    },
    support: {
      initial: 'check',
      states: {
        check: {
          on: {
            CHOICE: [
              { guard: { type: 'chose', params: { ids: ['crisis.notSafe'] } }, target: 'followUp', actions: { type: 'sayCrisisLines', params: { keys: ['crisis.notSafe'] } } },
              { guard: { type: 'chose', params: { ids: ['crisis.safe'] } }, target: 'followUp', actions: { type: 'sayCrisisLines', params: { keys: ['crisis.safe'] } } },
              { guard: { type: 'chose', params: { ids: ['crisis.grounding'] } }, target: 'followUp', actions: { type: 'sayCrisisLines', params: { keys: ['crisis.grounding', 'crisis.breathing', 'crisis.afterGrounding'] } } },
            ],
            TEXT: { target: 'followUp', actions: { type: 'sayCrisisLines', params: { keys: ['crisis.unsure', 'crisis.helplines'] } } },
          },
        },
        followUp: {
          on: {
            CHOICE: [
              { guard: { type: 'chose', params: { ids: ['crisis.grounding'] } }, actions: { type: 'sayCrisisLines', params: { keys: ['crisis.grounding', 'crisis.breathing', 'crisis.afterGrounding'] } } },
              { guard: { type: 'chose', params: { ids: ['reframe.resume'] } }, target: '#bb.reframe.history' },
            ],
            TEXT: { actions: { type: 'sayCrisisLines', params: { keys: ['crisis.unsure', 'crisis.helplines'] } } },
          },
        },
      },
    },
    reframe: {
      initial: 'what',
      states: {
        history: { type: 'history', history: 'deep' },
        what: {
          on: {
            TEXT: { target: 'feeling', actions: [{ type: 'remember', params: { field: 'what' } }, 'reflectWhat'] },
            BACK: { target: '#bb.menu', actions: { type: 'say', params: { key: 'global.backAtStart' } } },
          },
        },
        feeling: {
          on: {
            TEXT: { target: 'intensity', actions: [{ type: 'remember', params: { field: 'feeling' } }, { type: 'say', params: { key: 'reflect.feeling' } }] },
            CHOICE: { guard: { type: 'chose', params: { ids: FEELINGS } }, target: 'intensity', actions: [{ type: 'remember', params: { field: 'feeling' } }, { type: 'say', params: { key: 'reflect.feeling' } }] },
            BACK: 'what',
          },
        },
        intensity: {
          on: {
            TEXT: { guard: 'isRating', target: 'friend', actions: 'rememberRating' },
            BACK: 'feeling',
          },
        },
        friend: {
          on: {
            TEXT: { target: 'selfTalk', actions: { type: 'remember', params: { field: 'friendWords' } } },
            CHOICE: { guard: { type: 'chose', params: { ids: ['step.skip'] } }, target: 'thought' },
            BACK: 'intensity',
          },
        },
        selfTalk: {
          on: {
            TEXT: { target: 'thought', actions: { type: 'remember', params: { field: 'selfWords' } } },
            CHOICE: { guard: { type: 'chose', params: { ids: ['step.done', 'step.skip'] } }, target: 'thought' },
            BACK: 'friend',
          },
        },
        thought: {
          on: {
            TEXT: { target: 'evidence', actions: ['rememberThought', 'reflectPattern'] },
            BACK: 'friend',
          },
        },
        evidence: {
          on: {
            TEXT: { target: 'balanced', actions: { type: 'remember', params: { field: 'evidence' } } },
            BACK: 'thought',
          },
        },
        balanced: {
          on: {
            TEXT: [
              { guard: 'isArticleExample', actions: { type: 'say', params: { key: 'steps.reframe.balanced.ownWords' } } },
              { target: 'goal', actions: { type: 'remember', params: { field: 'balanced' } } },
            ],
            BACK: 'evidence',
          },
        },
        goal: {
          on: {
            TEXT: { target: 'when', actions: { type: 'remember', params: { field: 'goal' } } },
            BACK: 'balanced',
          },
        },
        when: {
          on: {
            TEXT: { target: 'mindful', actions: { type: 'remember', params: { field: 'when' } } },
            CHOICE: { guard: { type: 'chose', params: { ids: ['when.skip'] } }, target: 'mindful' },
            BACK: 'goal',
          },
        },
        mindful: {
          on: {
            TEXT: 'rerate',
            CHOICE: { guard: { type: 'chose', params: { ids: ['mindful.ready'] } }, target: 'rerate' },
            BACK: 'when',
          },
        },
        rerate: {
          on: {
            TEXT: { guard: 'isRating', target: '#bb.menu', actions: ['summarise', 'clearAnswers'] },
            BACK: 'mindful',
          },
        },
      },
    },
  },
});

export type BounceBackMachine = typeof bounceBackMachine;
