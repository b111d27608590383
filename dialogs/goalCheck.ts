import { assertEvent, assign, enqueueActions, sendParent, setup } from 'xstate';
import { PROGRESS_CHOICES, type GoalProgress } from './goalProgress';
import { chose, needAt, sayLine, stepLineKey, stepLines, tellParent, whereLines } from './shared';
import type { BounceBackEvent, GoalPlan } from './types';

/** Where the root goes once a check-in is over: the menu, the menu with its welcome (the person came back), or a fresh reframe. */
export type AfterGoalCheck = 'menu' | 'welcome' | 'reframe';

export interface GoalCheckContext {
  /** The goal to offer a check-in on, and when: from the close of a reframe, or a next goal chosen here. */
  plan?: GoalPlan;
  /** The goal a due check-in asks about. */
  dueGoal?: string;
  then: AfterGoalCheck;
}

/** A reframe's close brings the goal to offer a check-in on; a due check-in, the goal to ask about. */
export type GoalCheckInput = { plan: GoalPlan } | { dueGoal: string };

/** Which of the four answers a pressed button is (typed words reach the machine as that button: the language layer reads them). */
const progressOf = (event: BounceBackEvent): GoalProgress | undefined =>
  event.type === 'CHOICE' ? (Object.entries(PROGRESS_CHOICES).find(([, id]) => id === event.id)?.[0] as GoalProgress | undefined) : undefined;

/**
 * Check-ins on the learning goal: offered at the close of a reframe (then scheduled, an effect), or asked when one is
 * due, with a next small goal to offer one on. The root invokes it in its `goalCheck` state, forwards the events it
 * takes and says what it sends back; its final state tells the root where to go. Nothing outlives it: a goal not
 * agreed to, or one asked about, goes with the child when the person moves on.
 */
export const goalCheckMachine = setup({
  types: {
    context: {} as GoalCheckContext,
    input: {} as GoalCheckInput,
    events: {} as BounceBackEvent,
    output: {} as { then: AfterGoalCheck },
  },
  guards: {
    // Wrapped, not shared as it is: a guard typed outside setup() loses its inference here.
    chose: ({ event }, params: { ids: string[] }) => chose({ event }, params),
    isDue: ({ context }) => context.dueGoal !== undefined,
    saysProgress: ({ event }) => progressOf(event) !== undefined,
  },
  actions: {
    say: enqueueActions(({ enqueue }, params: { keys: string[] }) => {
      for (const key of params.keys) enqueue.sendParent(tellParent(sayLine(key)));
    }),
    sayNeed: sendParent((_, params: { step: string }) => tellParent(sayLine(stepLineKey(params.step, 'need')))),
    sayWhere: enqueueActions(({ enqueue }, params: { step: string }) => whereLines(params.step).forEach((out) => enqueue.sendParent(tellParent(out)))),
    endWith: assign((_, params: { then: AfterGoalCheck }) => ({ then: params.then })),
    /** The bot speaks first, days later: it says who it is before it asks, and the channel may mark the check-in sent. */
    announce: enqueueActions(({ enqueue }) => {
      enqueue.sendParent(tellParent({ type: 'effect', effect: { kind: 'goalCheckAsked' } }));
      enqueue.sendParent(tellParent(sayLine('goalCheck.hello')));
    }),
    /** Yes keeps the time they gave earlier; a time typed here is read strictly, so words that are not a time are asked again. */
    requestGoalCheck: sendParent(({ context, event }) => {
      const typed = event.type === 'TEXT' ? event.text : undefined;
      return tellParent({ type: 'effect', effect: { kind: 'scheduleGoalCheck', goal: context.plan?.goal ?? '', when: typed ?? context.plan?.when, strict: typed !== undefined } });
    }),
    reportScheduled: sendParent(({ event }) => {
      assertEvent(event, 'goalCheck.scheduled');
      return tellParent(sayLine('goalCheck.scheduled', { on: event.on }));
    }),
    reflectProgress: sendParent(({ event }) => tellParent(sayLine(`goalCheck.reflect.${progressOf(event) ?? 'partly'}`))),
    planNextGoal: assign(({ event }) => {
      assertEvent(event, 'TEXT');
      return { plan: { goal: event.text } };
    }),
    planNextWhen: assign(({ context, event }) => {
      assertEvent(event, 'TEXT');
      return { plan: { goal: context.plan?.goal ?? '', when: event.text } };
    }),
    requestCancelGoalChecks: sendParent((_, params: { quiet: boolean }) => tellParent({ type: 'effect', effect: { kind: 'cancelGoalChecks', quiet: params.quiet } })),
  },
}).createMachine({
  id: 'goalCheck',
  context: ({ input }) => ({ ...input, then: 'menu' }),
  initial: 'start',
  on: {
    // Coming back part-way through: the check-in is left, and the root welcomes them at the menu.
    GREET: { target: '.done', actions: { type: 'endWith', params: { then: 'welcome' } } },
    'goalCheck.stop': { actions: { type: 'requestCancelGoalChecks', params: { quiet: false } } },
  },
  states: {
    start: {
      always: [{ guard: 'isDue', target: 'asked', actions: 'announce' }, { target: 'offer' }],
    },
    offer: {
      on: {
        ...stepLines('goalCheck.offer'),
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['goalCheck.yes'] } }, target: 'scheduling', actions: 'requestGoalCheck' },
          { guard: { type: 'chose', params: { ids: ['goalCheck.no'] } }, target: 'done', actions: { type: 'say', params: { keys: ['goalCheck.declined'] } } },
          needAt('goalCheck.offer'),
        ],
        TEXT: { target: 'scheduling', actions: 'requestGoalCheck' },
        BACK: { target: 'done', actions: { type: 'say', params: { keys: ['goalCheck.declined'] } } },
      },
    },
    scheduling: {
      on: {
        ...stepLines('goalCheck.scheduling'),
        'goalCheck.scheduled': { target: 'done', actions: 'reportScheduled' },
        'goalCheck.timeUnclear': { target: 'offer', actions: { type: 'say', params: { keys: ['goalCheck.timeUnclear'] } } },
      },
    },
    asked: {
      on: {
        ...stepLines('goalCheck.asked'),
        'goalCheck.stop': { target: 'done', actions: [{ type: 'requestCancelGoalChecks', params: { quiet: true } }, { type: 'say', params: { keys: ['goalCheck.noMore'] } }] },
        // Coming back to a check-in that waited: it is offered before anything else.
        GREET: { actions: { type: 'say', params: { keys: ['welcome.greeting', 'welcome.disclaimer', 'goalCheck.welcomeBack'] } } },
        CHOICE: [{ guard: 'saysProgress', target: 'next', actions: 'reflectProgress' }, needAt('goalCheck.asked')],
        BACK: 'done',
      },
    },
    next: {
      on: {
        ...stepLines('goalCheck.next'),
        // Just asked, "no more of these" is about the check-ins themselves: said so, and any other planned one goes too.
        'goalCheck.stop': { target: 'done', actions: [{ type: 'requestCancelGoalChecks', params: { quiet: true } }, { type: 'say', params: { keys: ['goalCheck.noMore'] } }] },
        CHOICE: [
          { guard: { type: 'chose', params: { ids: ['goalCheck.nextGoal'] } }, target: 'nextGoal' },
          { guard: { type: 'chose', params: { ids: ['reframe.start'] } }, target: 'done', actions: { type: 'endWith', params: { then: 'reframe' } } },
          { guard: { type: 'chose', params: { ids: ['goalCheck.stop'] } }, target: 'done', actions: { type: 'say', params: { keys: ['goalCheck.noMore'] } } },
          needAt('goalCheck.next'),
        ],
        BACK: 'done',
      },
    },
    nextGoal: {
      on: {
        ...stepLines('goalCheck.nextGoal'),
        TEXT: { target: 'nextWhen', actions: 'planNextGoal' },
        BACK: 'next',
      },
    },
    nextWhen: {
      on: {
        ...stepLines('goalCheck.nextWhen'),
        TEXT: { target: 'offer', actions: 'planNextWhen' },
        CHOICE: [{ guard: { type: 'chose', params: { ids: ['when.skip'] } }, target: 'offer' }, needAt('goalCheck.nextWhen')],
        BACK: 'nextGoal',
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ then: context.then }),
});

/** Every event a check-in takes: read off the machine, so the root forwards exactly these. */
export const GOAL_CHECK_EVENTS: readonly string[] = goalCheckMachine.root.events;

/** The check-in's state, as its prompt needs it (the root's child snapshot). */
export interface GoalCheckState { value: string; context: GoalCheckContext }
