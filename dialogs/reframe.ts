import { assertEvent, assign, enqueueActions, sendParent, setup, type ActorRefFrom } from 'xstate';
import { feelingParam, FEELINGS } from './feelings';
import { parseRating } from './rating';
import { brief, chose, needAt, sayLine, stepLineKey, stepLines, tellParent, whereLines } from './shared';
import { recognisePattern } from './thinkingPatterns';
import type { Answers, BounceBackEvent, GoalPlan } from './types';

const ARTICLE_EXAMPLE = 'i didnt succeed this time but i can learn from it';

export interface ReframeContext {
  answers: Answers;
  /** Set at the close when the feeling did not rise: the goal to offer a check-in on. */
  offer?: GoalPlan;
}

/**
 * The guided reframe, step by step, with the person's answers. The root spawns it when a reframe begins and keeps it
 * while the person is elsewhere (the menu, crisis support, a question asked first), so carrying on returns to the very
 * step with its answers; it forwards the events it takes while the person is in its `reframe` state. It ends at the
 * close, offering a check-in on the goal unless the feeling rose; going back from its first step sends the root to
 * the menu, and the reframe waits.
 */
export const reframeMachine = setup({
  types: {
    context: {} as ReframeContext,
    /** A setback told at the menu comes as "what happened", and the reframe begins at the feeling. */
    input: {} as { what?: string },
    events: {} as BounceBackEvent,
    /** The goal to offer a check-in on, unless the feeling rose. */
    output: {} as { offer?: GoalPlan },
  },
  guards: {
    // Wrapped, not shared as it is: a guard typed outside setup() loses its inference here.
    chose: ({ event }, params: { ids: string[] }) => chose({ event }, params),
    toldWhat: ({ context }) => context.answers.what !== undefined,
    isRating: ({ event }) => event.type === 'TEXT' && parseRating(event.text) !== undefined,
    isArticleExample: ({ event }) => event.type === 'TEXT' && event.plain === ARTICLE_EXAMPLE,
    feltWorse: ({ context, event }) => {
      const after = event.type === 'TEXT' ? parseRating(event.text) : undefined;
      return after !== undefined && context.answers.before !== undefined && after > context.answers.before;
    },
  },
  actions: {
    say: sendParent((_, params: { key: string }) => tellParent(sayLine(params.key))),
    sayNeed: sendParent((_, params: { step: string }) => tellParent(sayLine(stepLineKey(params.step, 'need')))),
    sayWhere: enqueueActions(({ enqueue }, params: { step: string }) => whereLines(params.step).forEach((out) => enqueue.sendParent(tellParent(out)))),
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
    reflectWhat: sendParent(({ context }) => tellParent(sayLine('reflect.what', { what: brief(context.answers.what ?? '') }))),
    reflectPattern: sendParent(({ context }) =>
      tellParent(sayLine(context.answers.pattern ? `patterns.${context.answers.pattern}.reflect` : 'reflect.noPattern'))),
    summarise: sendParent(({ context, event }) => {
      assertEvent(event, 'TEXT');
      return tellParent(sayLine('summary', {
        what: context.answers.what ?? '',
        feeling: feelingParam(context.answers.feeling ?? ''),
        before: context.answers.before ?? '',
        kind: context.answers.selfWords ?? context.answers.friendWords ?? '',
        balanced: context.answers.balanced ?? '',
        goal: context.answers.goal ?? '',
        when: context.answers.when ?? '',
        after: parseRating(event.text) ?? '',
      }));
    }),
    /** The close names what changed: credit for a fall, "that's normal" for no change, care and a way to help for a rise. */
    closeByChange: sendParent(({ context, event }) => {
      assertEvent(event, 'TEXT');
      const before = context.answers.before;
      const after = parseRating(event.text);
      if (before === undefined || after === undefined) return tellParent(sayLine('close.unrated'));
      if (after < before) return tellParent(sayLine('close.lower', { before, after }));
      if (after === before) return tellParent(sayLine('close.same', { before }));
      return tellParent(sayLine('crisis.feelingRose', { region: event.region ?? '', kind: 'suicidal' }));
    }),
    leave: sendParent({ type: 'reframe.left' }),
    /** Only a feeling that did not rise is followed by plans: the answers' goal and time go to the check-in offer. */
    offerGoalCheck: assign(({ context }) => ({ offer: { goal: context.answers.goal ?? '', when: context.answers.when } })),
  },
}).createMachine({
  id: 'reframe',
  context: ({ input }) => ({ answers: input.what === undefined ? {} : { what: input.what } }),
  initial: 'start',
  states: {
    start: {
      always: [{ guard: 'toldWhat', target: 'feeling' }, { target: 'what' }],
    },
    what: {
      on: {
        ...stepLines('reframe.what'),
        TEXT: { target: 'feeling', actions: [{ type: 'remember', params: { field: 'what' } }, 'reflectWhat'] },
        BACK: { actions: [{ type: 'say', params: { key: 'global.backAtStart' } }, 'leave'] },
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
          { guard: 'feltWorse', target: 'done', actions: ['summarise', 'closeByChange'] },
          { guard: 'isRating', target: 'done', actions: ['summarise', 'closeByChange', 'offerGoalCheck'] },
          needAt('reframe.rerate'),
        ],
        BACK: 'mindful',
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ offer: context.offer }),
});

/** Every event the reframe takes: read off the machine, so the root forwards exactly these. */
export const REFRAME_EVENTS: readonly string[] = reframeMachine.root.events;

export type ReframeRef = ActorRefFrom<typeof reframeMachine>;

/** The answers of a reframe under way, or none. */
export const answersOf = (reframe: ReframeRef | undefined): Answers => reframe?.getSnapshot().context.answers ?? {};
