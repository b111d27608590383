import { assertEvent, assign, emit, enqueueActions, sendTo, setup } from 'xstate';
import { HANDOFF_EVENTS, handoffMachine } from './handoff';
import { feelingParam, FEELINGS } from './feelings';
import { GOAL_CHECK_EVENTS, goalCheckMachine, type AfterGoalCheck, type GoalCheckInput } from './goalCheck';
import { PRIVACY_EVENTS, privacyMachine } from './privacy';
import { SUPPORT_EVENTS, supportMachine } from './support';
import { dataLines } from './privacyLines';
import { parseRating } from './rating';
import { recognisePattern } from './thinkingPatterns';
import type { Answers, BounceBackEvent, Emitted, GoalPlan, HarmKind } from './types';
import { chose, needAt, sayLine, stepLineKey, stepLines, whereLines } from './shared';

/** Bump when a change would make an older stored snapshot unsafe to restore. */
export const MACHINE_VERSION = 4;

const ARTICLE_EXAMPLE = 'i didnt succeed this time but i can learn from it';

export interface BounceBackContext {
  answers: Answers;
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
  event.type === 'goalCheck.due' ? { dueGoal: event.goal } : { plan: (event as unknown as { output: GoalPlan }).output };

/** Reflections quote the person briefly; the summary quotes them in full. */
const brief = (text: string, max = 90): string => (text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`);

/** Where a check-in that ended sends the root (its output). */
const goalCheckThen = ({ event }: { event: BounceBackEvent }, params: { then: AfterGoalCheck }): boolean =>
  (event as { output?: { then?: AfterGoalCheck } }).output?.then === params.then;

export const bounceBackMachine = setup({
  types: {
    context: {} as BounceBackContext,
    events: {} as BounceBackEvent,
    emitted: {} as Emitted,
  },
  actors: { handoff: handoffMachine, privacy: privacyMachine, support: supportMachine, goalCheck: goalCheckMachine },
  guards: {
    hasUnfinished: ({ context }) => Object.keys(context.answers).length > 0,
    chose,
    isRating: ({ event }) => event.type === 'TEXT' && parseRating(event.text) !== undefined,
    isArticleExample: ({ event }) => event.type === 'TEXT' && event.plain === ARTICLE_EXAMPLE,
    pausedReframe: ({ context }) => context.pausedReframe === true,
    feltWorse: ({ context, event }) => {
      const after = event.type === 'TEXT' ? parseRating(event.text) : undefined;
      return after !== undefined && context.answers.before !== undefined && after > context.answers.before;
    },
    deletedData: ({ event }) => (event as { output?: { deleted?: boolean } }).output?.deleted === true,
    goalCheckThen,
  },
  actions: {
    welcome: enqueueActions(({ context, enqueue }) => {
      enqueue.emit(sayLine('welcome.greeting'));
      enqueue.emit(sayLine('welcome.disclaimer'));
      if (Object.keys(context.answers).length > 0) enqueue.emit(sayLine('welcome.returning'));
    }),
    /** Typed words, or the id of a pressed button (a feeling). */
    remember: assign(({ context, event }, params: { field: keyof Answers }) => {
      assertEvent(event, ['TEXT', 'CHOICE']);
      return { answers: { ...context.answers, [params.field]: event.type === 'TEXT' ? event.text : event.id } };
    }),
    rememberRating: assign(({ context, event }) => {
      assertEvent(event, 'TEXT');
      return { answers: { ...context.answers, before: parseRating(event.text) } };
    }),
    rememberThought: assign(({ context, event }) => {
      assertEvent(event, 'TEXT');
      return { answers: { ...context.answers, thought: event.text, pattern: recognisePattern(event.text) } };
    }),
    clearAnswers: assign({ answers: () => ({}) }),
    reflectWhat: emit(({ context }) => sayLine('reflect.what', { what: brief(context.answers.what ?? '') })),
    reflectPattern: emit(({ context }) =>
      sayLine(context.answers.pattern ? `patterns.${context.answers.pattern}.reflect` : 'reflect.noPattern')),
    summarise: emit(({ context, event }) => {
      assertEvent(event, 'TEXT');
      return sayLine('summary', {
        what: context.answers.what ?? '',
        feeling: feelingParam(context.answers.feeling ?? ''),
        before: context.answers.before ?? '',
        kind: context.answers.selfWords ?? context.answers.friendWords ?? '',
        balanced: context.answers.balanced ?? '',
        goal: context.answers.goal ?? '',
        when: context.answers.when ?? '',
        after: parseRating(event.text) ?? '',
      });
    }),
    /** The close names what changed: credit for a fall, "that's normal" for no change, care and a way to help for a rise. */
    closeByChange: emit(({ context, event }) => {
      assertEvent(event, 'TEXT');
      const before = context.answers.before;
      const after = parseRating(event.text);
      if (before === undefined || after === undefined) return sayLine('close.unrated');
      if (after < before) return sayLine('close.lower', { before, after });
      if (after === before) return sayLine('close.same', { before });
      return sayLine('crisis.feelingRose', { region: event.region ?? '', kind: 'suicidal' });
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
    /** Leaving the offer: a yes keeps the story as "what happened"; any other way out forgets it. */
    settleOffer: assign(({ context, event }) =>
      event.type === 'CHOICE' && event.id === 'offer.yes' ? { answers: { what: context.offered ?? '' }, offered: undefined } : { offered: undefined }),
    // What the invoked children take: contact a professional, people's data, crisis support and check-ins.
    toHandoff: sendTo('handoff', ({ event }) => event),
    toPrivacy: sendTo('privacy', ({ event }) => event),
    toSupport: sendTo('support', ({ event }) => event),
    toGoalCheck: sendTo('goalCheck', ({ event }) => event),
    /** What an invoked child asks to be said or done, emitted as the root's own. */
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
    describeData: enqueueActions(({ context, event, enqueue }) => dataLines(context.answers, event).forEach((out) => enqueue.emit(out))),
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
    // Crisis language wins over everything, in every state; the reframe is paused (history), never thrown away.
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
      // The confirmation and the deletion are the privacy machine's; a deletion also clears the answers here.
      invoke: {
        id: 'privacy',
        src: 'privacy',
        input: ({ context }) => ({ hadAnswers: Object.keys(context.answers).length > 0 }),
        onDone: [{ guard: 'deletedData', target: 'menu', actions: 'clearAnswers' }, { target: 'menu' }],
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
          { guard: { type: 'chose', params: { ids: ['reframe.resume'] } }, target: 'reframe.history' },
          { guard: { type: 'chose', params: { ids: ['reframe.start', 'reframe.restart'] } }, target: 'reframe', actions: 'clearAnswers' },
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
          { guard: { type: 'chose', params: { ids: ['offer.yes'] } }, target: 'reframe.feeling' },
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
        { guard: 'pausedReframe', target: 'reframe.history', actions: 'resume' },
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
        onDone: { target: '#bb.reframe.history' },
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
          { guard: { type: 'goalCheckThen', params: { then: 'reframe' } }, target: 'reframe', actions: 'clearAnswers' },
          { guard: { type: 'goalCheckThen', params: { then: 'welcome' } }, target: 'menu', actions: 'welcome' },
          { target: 'menu' },
        ],
      },
      on: Object.fromEntries(GOAL_CHECK_EVENTS.map((type) => [type, { actions: 'toGoalCheck' }])),
    },
    reframe: {
      initial: 'what',
      // The close offers a check-in on the goal, kept only as the check-in's own; the answers go.
      onDone: { target: 'goalCheck', actions: 'clearAnswers' },
      on: {
        CHECK_IN: { target: '#bb.checkIn', actions: ['noteRisk', { type: 'pause', params: { reframe: true } }] },
        UNSURE_HANDOFF: { target: '#bb.confirmHandoff', actions: { type: 'pause', params: { reframe: true } } },
        'goalCheck.due': { actions: [] },
      },
      states: {
        history: { type: 'history', history: 'deep' },
        what: {
          on: {
            ...stepLines('reframe.what'),
            TEXT: { target: 'feeling', actions: [{ type: 'remember', params: { field: 'what' } }, 'reflectWhat'] },
            BACK: { target: '#bb.menu', actions: { type: 'say', params: { key: 'global.backAtStart' } } },
          },
        },
        feeling: {
          on: {
            ...stepLines('reframe.feeling'),
            TEXT: { target: 'intensity', actions: [{ type: 'remember', params: { field: 'feeling' } }, { type: 'say', params: { key: 'reflect.feeling' } }] },
            CHOICE: [
              { guard: { type: 'chose', params: { ids: FEELINGS } }, target: 'intensity', actions: [{ type: 'remember', params: { field: 'feeling' } }, { type: 'say', params: { key: 'reflect.feeling' } }] },
              needAt('reframe.feeling'),
            ],
            BACK: 'what',
          },
        },
        intensity: {
          on: {
            ...stepLines('reframe.intensity'),
            TEXT: [{ guard: 'isRating', target: 'friend', actions: 'rememberRating' }, needAt('reframe.intensity')],
            BACK: 'feeling',
          },
        },
        friend: {
          on: {
            ...stepLines('reframe.friend'),
            TEXT: { target: 'selfTalk', actions: { type: 'remember', params: { field: 'friendWords' } } },
            CHOICE: [{ guard: { type: 'chose', params: { ids: ['step.skip'] } }, target: 'thought' }, needAt('reframe.friend')],
            BACK: 'intensity',
          },
        },
        selfTalk: {
          on: {
            ...stepLines('reframe.selfTalk'),
            TEXT: { target: 'thought', actions: { type: 'remember', params: { field: 'selfWords' } } },
            CHOICE: [{ guard: { type: 'chose', params: { ids: ['step.done', 'step.skip'] } }, target: 'thought' }, needAt('reframe.selfTalk')],
            BACK: 'friend',
          },
        },
        thought: {
          on: {
            ...stepLines('reframe.thought'),
            TEXT: { target: 'evidence', actions: ['rememberThought', 'reflectPattern'] },
            BACK: 'friend',
          },
        },
        evidence: {
          on: {
            ...stepLines('reframe.evidence'),
            TEXT: { target: 'balanced', actions: { type: 'remember', params: { field: 'evidence' } } },
            BACK: 'thought',
          },
        },
        balanced: {
          on: {
            ...stepLines('reframe.balanced'),
            TEXT: [
              { guard: 'isArticleExample', actions: { type: 'say', params: { key: 'steps.reframe.balanced.ownWords' } } },
              { target: 'goal', actions: { type: 'remember', params: { field: 'balanced' } } },
            ],
            BACK: 'evidence',
          },
        },
        goal: {
          on: {
            ...stepLines('reframe.goal'),
            TEXT: { target: 'when', actions: { type: 'remember', params: { field: 'goal' } } },
            BACK: 'balanced',
          },
        },
        when: {
          on: {
            ...stepLines('reframe.when'),
            TEXT: { target: 'mindful', actions: { type: 'remember', params: { field: 'when' } } },
            CHOICE: [{ guard: { type: 'chose', params: { ids: ['when.skip'] } }, target: 'mindful' }, needAt('reframe.when')],
            BACK: 'goal',
          },
        },
        mindful: {
          on: {
            ...stepLines('reframe.mindful'),
            TEXT: 'rerate',
            CHOICE: [{ guard: { type: 'chose', params: { ids: ['mindful.ready'] } }, target: 'rerate' }, needAt('reframe.mindful')],
            BACK: 'when',
          },
        },
        rerate: {
          on: {
            ...stepLines('reframe.rerate'),
            TEXT: [
              // A feeling that rose is met with care and a way to a professional, not with plans.
              { guard: 'feltWorse', target: '#bb.menu', actions: ['summarise', 'closeByChange', 'clearAnswers'] },
              { guard: 'isRating', target: 'closed', actions: ['summarise', 'closeByChange'] },
              needAt('reframe.rerate'),
            ],
            BACK: 'mindful',
          },
        },
        closed: { type: 'final', output: ({ context }) => ({ goal: context.answers.goal ?? '', when: context.answers.when }) },
      },
    },
  },
});

export type BounceBackMachine = typeof bounceBackMachine;
