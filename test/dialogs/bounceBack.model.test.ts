import { createActor, type ActorLogic, type AnyTransitionDefinition, type StateNode } from 'xstate';
import { getAdjacencyMap, getStateNodes, toDirectedGraph, type AdjacencyMap, type DirectedGraphNode } from 'xstate/graph';
import { bounceBackMachine } from '../../dialogs/bounceBack';
import { answersOf } from '../../dialogs/reframe';
import { promptFor, stepOf, type BounceBackSnapshot } from '../../dialogs/prompts';
import { stepLineKey } from '../../dialogs/shared';
import type { BounceBackEvent, Emitted } from '../../dialogs/types';
import copy from '../../content/copy.json';
import handoffCopy from '../../content/handoff.json';
import { words } from '../../src/content/copy';
import { plainText } from '../../src/language/normalise';
import { lineText } from '../../src/render/lineText';
import { createInterpreter } from '../helpers/engine';

const machine = bounceBackMachine;
const interpreter = createInterpreter();

/** Every choice id the content knows, so stale or out-of-place button presses are part of the model too. */
const ALL_CHOICES = [...Object.keys(copy.choices), ...Object.keys(handoffCopy.choices)];
const SAMPLE_TEXTS = [
  'My presentation went badly',
  '7', '0', '10', 'about a six', '11', '-3', '7 or 8', 'loads',
  "I'm a failure",
  "I didn't succeed this time, but I can learn from it.",
  'yes', 'no', 'it went ok I guess', 'Ann', 'ann@example.com', 'ann@example', '07911 123456', 'mornings',
];
const GLOBAL_EVENTS: BounceBackEvent[] = [
  { type: 'GREET' }, { type: 'MENU' }, { type: 'HELP' }, { type: 'START_OVER' }, { type: 'STOP' }, { type: 'BACK' },
  { type: 'UNUSABLE' },
  { type: 'CRISIS', region: 'GB', kind: 'suicidal' }, { type: 'CHECK_IN', region: 'GB', kind: 'harmedByOthers' }, { type: 'UNSURE_HANDOFF' }, { type: 'STORY', text: 'I failed my driving test' }, { type: 'HANDOFF' }, { type: 'SHOW_DATA' }, { type: 'DELETE_DATA' },
  // What effects answer with, and the card form: sent in every state, so a stray one is part of the model too.
  { type: 'DATA_SHOWN', requests: [], stateDays: 30, requestDays: 90, questions: 1, questionDays: 30, goalChecks: [{ goal: 'Try one new technique', on: 'Friday 4 December at 18:00' }] }, { type: 'DATA_DELETED', requests: 1, alreadySent: 0, questions: 1, goalChecks: 1 },
  { type: 'HANDOFF_SAVED', reference: 'BB-7K3Q9' }, { type: 'HANDOFF_FAILED' },
  // What the invoked child machines send their parent: a line to say, and (XState's own events) that they have finished.
  { type: 'child.out', out: { type: 'say', line: { key: 'handoff.left' } } },
  { type: 'xstate.done.actor.handoff' } as unknown as BounceBackEvent,
  { type: 'xstate.done.actor.privacy', output: { deleted: true } } as unknown as BounceBackEvent,
  { type: 'xstate.done.actor.privacy', output: { deleted: false } } as unknown as BounceBackEvent,
  { type: 'xstate.done.actor.support', output: { resume: true } } as unknown as BounceBackEvent,
  ...['menu', 'welcome', 'reframe'].map((then) => ({ type: 'xstate.done.actor.goalCheck', output: { then } }) as unknown as BounceBackEvent),
  // And the reframe: closed, with or without a goal to offer a check-in on, and left from its first step.
  { type: 'xstate.done.actor.reframe', output: { offer: { goal: 'Try one new technique', when: 'next week' } } } as unknown as BounceBackEvent,
  { type: 'xstate.done.actor.reframe', output: {} } as unknown as BounceBackEvent,
  { type: 'reframe.left' },
  // Check-ins on a goal: one falls due, "stop check-ins", and what their effects answer.
  { type: 'goalCheck.due', goal: 'Try one new technique' }, { type: 'goalCheck.stop' }, { type: 'goalCheck.stopped', cancelled: 1 }, { type: 'goalCheck.stopped', cancelled: 0 }, { type: 'goalCheck.stopped', cancelled: 0, quiet: true },
  { type: 'goalCheck.scheduled', on: 'Friday 4 December at 18:00' }, { type: 'goalCheck.timeUnclear' },
  { type: 'FORM', fields: { name: 'Ann', contact: 'ann@example.com', time: 'mornings' }, unreadable: [] },
];

/** The events to try in a state: its prompt's choices, every other choice, sample texts and every global event. */
function eventsFor(snapshot: BounceBackSnapshot): BounceBackEvent[] {
  const offered = promptFor(snapshot).choices;
  const choices = [...offered, ...ALL_CHOICES.filter((id) => !offered.includes(id))];
  return [
    ...choices.map((id): BounceBackEvent => ({ type: 'CHOICE', id })),
    ...SAMPLE_TEXTS.map((text): BounceBackEvent => ({ type: 'TEXT', text, plain: plainText(text) })),
    ...GLOBAL_EVENTS,
  ];
}

/** States differ by where the person is, whether answers are kept (the menu changes) and where "carry on" would go. */
function serializeState(snapshot: BounceBackSnapshot): string {
  const unfinished = Object.keys(answersOf(snapshot.context.reframe)).length > 0;
  return JSON.stringify([promptFor(snapshot).step, unfinished, snapshot.context.reframe?.getSnapshot().value ?? null]);
}

// The graph helpers are typed for machines that emit plain events; this one emits typed lines, hence the cast.
const adjacency: AdjacencyMap<BounceBackSnapshot, BounceBackEvent> = getAdjacencyMap(machine as unknown as ActorLogic<BounceBackSnapshot, BounceBackEvent, unknown>, {
  events: eventsFor,
  serializeState,
  serializeEvent: (event) => JSON.stringify(event),
});
const reached = Object.values(adjacency);

/** The ids of the state nodes a snapshot is in, from the root down. */
function activeIds(snapshot: BounceBackSnapshot): string[] {
  const parts = stepOf(snapshot).split('.');
  return [machine.id, ...parts.map((_, index) => `${machine.id}.${parts.slice(0, index + 1).join('.')}`)];
}

function allEdges(node: DirectedGraphNode): DirectedGraphNode['edges'] {
  return [...node.edges, ...node.children.flatMap(allEdges)];
}

/** Restores a snapshot into a running actor and collects what it emits. */
function actorAt(snapshot: BounceBackSnapshot): { actor: ReturnType<typeof createActor<typeof machine>>; emitted: Emitted[] } {
  const actor = createActor(machine, { snapshot: JSON.parse(JSON.stringify(machine.getPersistedSnapshot(snapshot))) });
  const emitted: Emitted[] = [];
  actor.on('say', (event) => emitted.push(event));
  actor.start();
  return { actor, emitted };
}

/** What a person typing this text would send in that state. */
function typed(snapshot: BounceBackSnapshot, text: string): BounceBackEvent {
  const read = interpreter.interpret({ kind: 'message', text }, promptFor(snapshot));
  if (read.type === 'INFO') throw new Error(`"${text}" was read as lines to say, not an event for the machine`);
  return read;
}

describe('model-based: the reframe machine explored from its prompts', () => {
  it('reaches every state node of the machine', () => {
    const visited = new Set(reached.flatMap(({ state }) => activeIds(state)));
    // A state that only passes on at once ("resuming") is entered through, never rested in (its transitions are checked below).
    const passing = (node: StateNode): boolean => node.always !== undefined;
    const real = getStateNodes(machine.root).filter((node) => !passing(node)).map((node) => node.id);
    expect([...visited].sort()).toEqual([machine.id, ...real].sort());
  });

  it('takes every transition the machine defines', () => {
    const taken = new Set<AnyTransitionDefinition>();
    for (const { state, transitions } of reached) {
      for (const { event } of Object.values(transitions) as Array<{ event: BounceBackEvent }>) {
        for (const transition of machine.getTransitionData(state, event)) taken.add(transition);
      }
    }
    const defined = new Set(allEdges(toDirectedGraph(machine)).map((edge) => edge.transition));
    const label = (transition: AnyTransitionDefinition): string => `${transition.source.id} on ${transition.eventType}`;
    const missed = [...defined].filter((transition) => !taken.has(transition)).map(label);
    expect(missed).toEqual([]);
    expect(defined.size).toBeGreaterThan(30);
  });

  it('explores a real state space (not a trivially small one)', () => {
    expect(reached.length).toBeGreaterThan(14);
  });

  it.each(reached.map(({ state }) => [serializeState(state), state] as const))('in %s: the re-prompt has words, "menu", "stop" and "help" work, and words it cannot use get what it needs', (_name, state) => {
    const prompt = promptFor(state);
    expect(lineText(prompt).trim()).not.toBe('');
    expect(words(stepLineKey(prompt.step, 'need')).trim()).not.toBe('');
    for (const id of prompt.choices) expect(ALL_CHOICES).toContain(id);

    const toMenu = actorAt(state);
    toMenu.actor.send(typed(state, 'menu'));
    expect(stepOf(toMenu.actor.getSnapshot())).toBe('menu');

    const toIdle = actorAt(state);
    toIdle.actor.send(typed(state, 'stop'));
    expect(stepOf(toIdle.actor.getSnapshot())).toBe('idle');

    const helped = actorAt(state);
    helped.actor.send(typed(state, 'help'));
    const after = helped.actor.getSnapshot();
    expect(serializeState(after)).toBe(serializeState(state));
    // The step's own lines, as content keys: nothing is filled in after the turn.
    expect(helped.emitted.map((event) => event.type === 'say' && event.line)).toEqual([{ key: stepLineKey(prompt.step, 'where') }, { key: 'help.canDo' }]);
    expect(words(stepLineKey(prompt.step, 'where')).trim()).not.toBe('');

    const unusable = actorAt(state);
    unusable.actor.send({ type: 'UNUSABLE' });
    expect(serializeState(unusable.actor.getSnapshot())).toBe(serializeState(state));
    expect(unusable.emitted.map((event) => event.type === 'say' && event.line)).toEqual([{ key: stepLineKey(prompt.step, 'need') }]);
  });
});
