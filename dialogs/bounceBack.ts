import { assertEvent, assign, emit, enqueueActions, sendTo, setup, stopChild } from 'xstate';
import { HANDOFF_EVENTS, handoffMachine } from './handoff';
import { GOAL_CHECK_EVENTS, goalCheckMachine, type AfterGoalCheck, type GoalCheckInput } from './goalCheck';
import { PRIVACY_EVENTS, privacyMachine } from './privacy';
import { SUPPORT_EVENTS, supportMachine } from './support';
import { dataLines } from './privacyLines';
import { answersOf, REFRAME_EVENTS, reframeMachine, type ReframeRef } from './reframe';
import type { BounceBackEvent, Emitted, GoalPlan, HarmKind } from './types';
import { brief, chose, needAt, sayLine, stepLineKey, stepLines, whereLines } from './shared';

/** Bump when a change would make an older stored snapshot unsafe to restore. */
export const MACHINE_VERSION = 4;

export interface BounceBackContext {
  /** The reframe under way (dialogs/reframe.ts): kept while the person is elsewhere, so they can carry on with it. */
  reframe?: ReframeRef;
  /** Region of the helplines last shown, so later crisis lines give the same numbers. */
  region?: string;
  /** The kind of harm support is about, so every later crisis line fits it. */
  harm?: HarmKind;
  /** A setback told at the menu, kept only while the bot offers to work through it. */
  offered?: string;
  /** Set while a check-in or a "did you mean…" question interrupts a reframe, so "no" goes back to the very step. */
  pausedReframe?: boolean;
}

/** A due check-in asks about its goal; anything else that starts one is a reframe's close, which offers one on its goal. */
const goalCheckInput = (event: BounceBackEvent): GoalCheckInput =>
  event.type === 'goalCheck.due' ? { dueGoal: event.goal } : { plan: (event as unknown as { output: { offer: GoalPlan } }).output.offer };

const unfinished = (context: BounceBackContext): boolean => Object.keys(answersOf(context.reframe)).length > 0;

/** Where a check-in that ended sends the root (its output). */
const goalCheckThen = ({ event }: { event: BounceBackEvent }, params: { then: AfterGoalCheck }): boolean =>
  (event as { output?: { then?: AfterGoalCheck } }).output?.then === params.then;

export const bounceBackMachine = setup({
  types: {
    context: {} as BounceBackContext,
    events: {} as BounceBackEvent,
    emitted: {} as Emitted,
  },
  actors: { handoff: handoffMachine, privacy: privacyMachine, support: supportMachine, goalCheck: goalCheckMachine, reframe: reframeMachine },
  guards: {
    chose,
    pausedReframe: ({ context }) => context.pausedReframe === true,
    offersGoalCheck: ({ event }) => (event as { output?: { offer?: GoalPlan } }).output?.offer !== undefined,
    deletedData: ({ event }) => (event as { output?: { deleted?: boolean } }).output?.deleted === true,
    goalCheckThen,
  },
  actions: {
    welcome: enqueueActions(({ context, enqueue }) => {
      enqueue.emit(sayLine('welcome.greeting'));
      enqueue.emit(sayLine('welcome.disclaimer'));
      if (unfinished(context)) enqueue.emit(sayLine('welcome.returning'));
    }),
    /** Carries on with the reframe under way, or begins one: with the story told at the menu as "what happened", if one was agreed to. */
    carryOnReframe: enqueueActions(({ context, enqueue }) => {
      if (!context.reframe) enqueue.assign(({ spawn }) => ({ reframe: spawn('reframe', { id: 'reframe', input: { what: context.offered } }), offered: undefined }));
    }),
    endReframe: enqueueActions(({ enqueue }) => {
      enqueue(stopChild('reframe'));
      enqueue.assign({ reframe: undefined });
    }),
    say: emit((_, params: { key: string }) => sayLine(params.key)),
    sayNeed: emit((_, params: { step: string }) => sayLine(stepLineKey(params.step, 'need'))),
    sayWhere: enqueueActions(({ enqueue }, params: { step: string }) => whereLines(params.step).forEach((out) => enqueue.emit(out))),
    noteRisk: assign(({ event }) => {
      assertEvent(event, ['CRISIS', 'CHECK_IN']);
      return { region: event.region, harm: event.kind };
    }),
    pause: assign((_, params: { reframe: boolean }) => ({ pausedReframe: params.reframe })),
    resume: assign({ pausedReframe: () => undefined }),
    sayCrisisLines: enqueueActions(({ context, enqueue }, params: { keys: string[] }) => {
      for (const key of params.keys) enqueue.emit(sayLine(key, { region: context.region ?? '', kind: context.harm ?? 'suicidal' }));
    }),
    offerReframe: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'STORY');
      enqueue.assign({ offered: event.text });
      enqueue.emit(sayLine('reflect.what', { what: brief(event.text) }));
    }),
    /** Leaving the offer: a yes keeps the story for the new reframe, which replaces any under way; any other way out forgets it. */
    settleOffer: enqueueActions(({ event, enqueue }) => {
      if (event.type === 'CHOICE' && event.id === 'offer.yes') {
        enqueue(stopChild('reframe'));
        enqueue.assign({ reframe: undefined });
      } else enqueue.assign({ offered: undefined });
    }),
    // What the children take: contact a professional, people's data, crisis support, check-ins and the reframe.
    toHandoff: sendTo('handoff', ({ event }) => event),
    toPrivacy: sendTo('privacy', ({ event }) => event),
    toSupport: sendTo('support', ({ event }) => event),
    toGoalCheck: sendTo('goalCheck', ({ event }) => event),
    toReframe: sendTo('reframe', ({ event }) => event),
    /** What a child asks to be said or done, emitted as the root's own. */
    relayChild: emit(({ event }) => {
      assertEvent(event, 'child.out');
      return event.out;
    }),
    // "Stop check-ins", from anywhere a check-in is not open.
    requestCancelGoalChecks: emit({ type: 'effect', effect: { kind: 'cancelGoalChecks', quiet: false } }),
    /** How many went; after a check-in that was just asked (which is gone already), "no more check-ins" has said it all. */
    reportStopped: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'goalCheck.stopped');
      if (event.cancelled > 0) enqueue.emit(sayLine('goalCheck.stopped', { cancelled: event.cancelled }));
      else if (!event.quiet) enqueue.emit(sayLine('goalCheck.noneToStop'));
    }),
    requestDescription: emit({ type: 'effect', effect: { kind: 'describeData' } }),
    describeData: enqueueActions(({ context, event, enqueue }) => dataLines(answersOf(context.reframe), event).forEach((out) => enqueue.emit(out))),
  },
}).createMachine({
  id: 'bb',
  context: {},
  initial: 'menu',
  on: {
    GREET: { target: '.menu', actions: 'welcome' },
    MENU: { target: '.menu' },
    STOP: { target: '.idle' },
    START_OVER: { target: '.reframe', actions: ['endReframe', { type: 'say', params: { key: 'global.startOver' } }] },
    // Crisis language wins over everything, in every state; the reframe waits, never thrown away.
    CRISIS: { target: '.support', actions: 'noteRisk' },
    // Possible risk: ask directly first. A "no" goes back to where the person was (see reframe's own CHECK_IN).
    CHECK_IN: { target: '.checkIn', actions: ['noteRisk', { type: 'pause', params: { reframe: false } }] },
    UNSURE_HANDOFF: { target: '.confirmHandoff', actions: { type: 'pause', params: { reframe: false } } },
    // Contact a professional and people's data: reachable from every state.
    HANDOFF: { target: '.handoff' },
    SHOW_DATA: { actions: 'requestDescription' },
    DATA_SHOWN: { actions: 'describeData' },
    DELETE_DATA: { target: '.privacy' },
    // A due check-in is asked at once where the person is at rest; the states that are busy ignore it, and it comes later.
    'goalCheck.due': { target: '.goalCheck' },
    'goalCheck.stop': { actions: 'requestCancelGoalChecks' },
    'goalCheck.stopped': { actions: 'reportStopped' },
    'child.out': { actions: 'relayChild' },
  },
  states: {
    handoff: {
      // Details never outlive the handoff: sent, declined or left (the state exited), the child and its details go.
      invoke: { id: 'handoff', src: 'handoff', onDone: { target: 'menu' } },
      on: {
        // Every event the handoff takes goes to it; what it says and asks for comes back as child.out.
        ...Object.fromEntries(HANDOFF_EVENTS.map((type) => [type, { actions: 'toHandoff' }])),
        'goalCheck.due': { actions: [] },
      },
    },
    privacy: {
      // The confirmation and the deletion are the privacy machine's; a deletion also ends the reframe under way.
      invoke: {
        id: 'privacy',
        src: 'privacy',
        input: ({ context }) => ({ hadAnswers: unfinished(context) }),
        onDone: [{ guard: 'deletedData', target: 'menu', actions: 'endReframe' }, { target: 'menu' }],
      },
      on: {
        ...Object.fromEntries(PRIVACY_EVENTS.map((type) => [type, { actions: 'toPrivacy' }])),
        'goalCheck.due': { actions: [] },
      },
    },
    // Each resting step answers "help", and anything it did not take, with its own lines (stepLines).
    menu: {
      on: {
        ...stepLines('menu'),
        STORY: { target: 'offer', actions: 'offerReframe' },
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['reframe.resume'] } }, target: 'reframe' },
          { guard: { type: 'chose', params: { ids: ['reframe.start', 'reframe.restart'] } }, target: 'reframe', actions: 'endReframe' },
          needAt('menu'),
        ],
        TEXT: { actions: { type: 'say', params: { key: 'menu.notUnderstood' } } },
      },
    },
    idle: {
      on: {
        ...stepLines('idle'),
        STORY: { target: 'offer', actions: 'offerReframe' },
        TEXT: { target: 'menu', actions: { type: 'say', params: { key: 'menu.notUnderstood' } } },
      },
    },
    /** A setback told at the menu: reflected, and the reframe offered with their words kept as "what happened". */
    offer: {
      exit: 'settleOffer',
      on: {
        ...stepLines('offer'),
        STORY: { target: 'offer', reenter: true, actions: 'offerReframe' },
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['offer.yes'] } }, target: 'reframe' },
          { guard: { type: 'chose', params: { ids: ['offer.no'] } }, target: 'menu', actions: { type: 'say', params: { key: 'menu.offerDeclined' } } },
          needAt('offer'),
        ],
        BACK: 'menu',
      },
    },
    /** Possible risk: a direct question. Only a clear "no" goes back; "yes", "not sure" or anything else is full support. */
    checkIn: {
      on: {
        ...stepLines('checkIn'),
        'goalCheck.due': { actions: [] },
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['checkIn.no'] } }, target: 'resuming', actions: { type: 'sayCrisisLines', params: { keys: ['crisis.checkInNo'] } } },
          { target: 'support' },
        ],
        TEXT: 'support',
        BACK: 'support',
      },
    },
    /** "Did you want someone from the practice to contact you?" */
    confirmHandoff: {
      on: {
        ...stepLines('confirmHandoff'),
        'goalCheck.due': { actions: [] },
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['unsure.yes'] } }, target: 'handoff', actions: 'resume' },
          { guard: { type: 'chose', params: { ids: ['unsure.no'] } }, target: 'resuming', actions: { type: 'say', params: { key: 'handoff.unsure.no' } } },
          needAt('confirmHandoff'),
        ],
        BACK: 'resuming',
      },
    },
    /** Back to exactly where an interruption found the person: the paused reframe step, or the menu. */
    resuming: {
      always: [
        { guard: 'pausedReframe', target: 'reframe', actions: 'resume' },
        { target: 'menu', actions: 'resume' },
      ],
    },
    /** Full support (dialogs/support.ts), until the person carries on with their reframe or leaves. */
    support: {
      invoke: {
        id: 'support',
        src: 'support',
        // Clear risk begins it at once; anything else that enters it is a check-in answered (yes, not sure, or not a no).
        input: ({ context, event }) => ({ region: context.region ?? '', harm: context.harm ?? 'suicidal', tier: event.type === 'CRISIS' ? 'clear' as const : 'checkIn' as const }),
        onDone: { target: 'reframe' },
      },
      on: {
        ...Object.fromEntries(SUPPORT_EVENTS.map((type) => [type, { actions: 'toSupport' }])),
        'goalCheck.due': { actions: [] },
      },
    },
    /** Check-ins on the learning goal (dialogs/goalCheck.ts): offered at a reframe's close, or asked when one is due. */
    goalCheck: {
      invoke: {
        id: 'goalCheck',
        src: 'goalCheck',
        input: ({ event }) => goalCheckInput(event),
        onDone: [
          { guard: { type: 'goalCheckThen', params: { then: 'reframe' } }, target: 'reframe', actions: 'endReframe' },
          { guard: { type: 'goalCheckThen', params: { then: 'welcome' } }, target: 'menu', actions: 'welcome' },
          { target: 'menu' },
        ],
      },
      on: Object.fromEntries(GOAL_CHECK_EVENTS.map((type) => [type, { actions: 'toGoalCheck' }])),
    },
    /** The guided reframe (dialogs/reframe.ts): its steps and answers are the child's, carried on with where it was. */
    reframe: {
      entry: 'carryOnReframe',
      on: {
        ...Object.fromEntries(REFRAME_EVENTS.map((type) => [type, { actions: 'toReframe' }])),
        CHECK_IN: { target: 'checkIn', actions: ['noteRisk', { type: 'pause', params: { reframe: true } }] },
        UNSURE_HANDOFF: { target: 'confirmHandoff', actions: { type: 'pause', params: { reframe: true } } },
        'goalCheck.due': { actions: [] },
        // Back from its first step: the menu, and the reframe waits.
        'reframe.left': { target: 'menu' },
        // The close offers a check-in on the goal, kept only as the check-in's own, unless the feeling rose.
        'xstate.done.actor.reframe': [{ guard: 'offersGoalCheck', target: 'goalCheck', actions: 'endReframe' }, { target: 'menu', actions: 'endReframe' }],
      },
    },
  },
});

export type BounceBackMachine = typeof bounceBackMachine;
