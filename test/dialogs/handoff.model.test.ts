import { createActor, type AnyTransitionDefinition, type SnapshotFrom } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import { bounceBackMachine } from '../../dialogs/bounceBack';
import { handoffMachine } from '../../dialogs/handoff';
import { promptFor, stepLineKey, stepOf } from '../../dialogs/prompts';
import type { BounceBackEvent, Emitted } from '../../dialogs/types';
import handoffCopy from '../../content/handoff.json';
import { words } from '../../src/content/copy';
import { lineText } from '../../src/render/lineText';
import { createInterpreter } from '../helpers/engine';

type HandoffSnapshot = SnapshotFrom<typeof handoffMachine>;
const interpreter = createInterpreter();

const TEXTS = ['Ann Smith', 'ann@example.com', 'ann@example', '07911 123456', 'weekday mornings', 'Please call after 5', 'yes', 'x', '...'];
const EVENTS: BounceBackEvent[] = [
  ...Object.keys(handoffCopy.choices).map((id): BounceBackEvent => ({ type: 'CHOICE', id })),
  { type: 'CHOICE', id: 'reframe.start' },
  ...TEXTS.map((text): BounceBackEvent => ({ type: 'TEXT', text })),
  { type: 'FORM', fields: { name: 'Ann', contact: 'ann@example.com', time: 'mornings', note: '' }, unreadable: [] },
  { type: 'FORM', fields: { name: 'Ann', contact: 'ann@example', time: 'mornings' }, unreadable: ['note'] },
  { type: 'BACK' }, { type: 'HANDOFF_SAVED', reference: 'BB-7K3Q9' }, { type: 'HANDOFF_FAILED' },
];

/** States differ by the step and by which details are held (the prompt and the route depend on both). */
const serializeState = (snapshot: HandoffSnapshot): string =>
  JSON.stringify([snapshot.value, Object.keys(snapshot.context.details).sort(), snapshot.context.noteDone]);

type Root = ReturnType<typeof createActor<typeof bounceBackMachine>>;
type Persisted = ReturnType<Root['getPersistedSnapshot']>;

/** A running root actor restored from a JSON round trip of a persisted snapshot, as the engine restores one. */
function restore(persisted: Persisted): Root {
  const actor = createActor(bounceBackMachine, { snapshot: JSON.parse(JSON.stringify(persisted)) });
  actor.start();
  return actor;
}

const childOf = (actor: Root): HandoffSnapshot | undefined => actor.getSnapshot().children.handoff?.getSnapshot() as HandoffSnapshot | undefined;

interface Reached { child: HandoffSnapshot; persisted: Persisted; path: BounceBackEvent[] }

/**
 * The handoff explored as it really runs, invoked by the root (pure transitions do not step an invoked child): every
 * event from every state reached, each on a root restored from that state. Records the handoff transitions taken.
 */
function explore(): { reached: Map<string, Reached>; taken: Set<AnyTransitionDefinition>; finished: BounceBackEvent[][] } {
  const start = createActor(bounceBackMachine);
  start.start();
  start.send({ type: 'HANDOFF' });
  const reached = new Map<string, Reached>([[serializeState(childOf(start)!), { child: childOf(start)!, persisted: start.getPersistedSnapshot(), path: [] }]]);
  const taken = new Set<AnyTransitionDefinition>();
  const finished: BounceBackEvent[][] = [];
  const queue = [...reached.values()];
  for (let at = queue.shift(); at; at = queue.shift()) {
    for (const event of EVENTS) {
      for (const transition of handoffMachine.getTransitionData(at.child, event)) taken.add(transition);
      const actor = restore(at.persisted);
      actor.send(event);
      const child = childOf(actor);
      if (!child) {
        finished.push([...at.path, event]);
      } else if (!reached.has(serializeState(child))) {
        const next = { child, persisted: actor.getPersistedSnapshot(), path: [...at.path, event] };
        reached.set(serializeState(child), next);
        queue.push(next);
      }
      actor.stop();
    }
  }
  return { reached, taken, finished };
}
const { reached, taken, finished } = explore();

/** The same steps in the root machine, as a person takes them: into the handoff, then each event, on one running actor. */
function rootAfter(path: BounceBackEvent[]): Root {
  const actor = createActor(bounceBackMachine);
  actor.start();
  for (const event of [{ type: 'HANDOFF' } as BounceBackEvent, ...path]) actor.send(event);
  return actor;
}

function allEdges(node: DirectedGraphNode): DirectedGraphNode['edges'] {
  return [...node.edges, ...node.children.flatMap(allEdges)];
}

describe('model-based: the handoff machine, invoked by the root', () => {
  it('reaches every state of the handoff it rests in', () => {
    const values = new Set([...reached.values()].map(({ child }) => String(child.value)));
    expect([...values].sort()).toEqual(['confirm', 'consent', 'contact', 'name', 'note', 'sending', 'time']);
  });

  it('takes every transition the handoff defines', () => {
    const defined = new Set(allEdges(toDirectedGraph(handoffMachine)).map((edge) => edge.transition));
    expect([...defined].filter((transition) => !taken.has(transition)).map((transition) => `${transition.source.id} on ${transition.eventType}`)).toEqual([]);
  });

  it.each([...reached].map(([key, { path }]) => [key, path] as const))('in %s, reached through the root: its prompt, and "menu", "stop" and "help"', (key, path) => {
    const value = JSON.parse(key)[0] as string;
    const prompt = promptFor(rootAfter(path).getSnapshot());
    expect(prompt.step).toBe(`handoff.${value}`);
    expect(lineText(prompt).trim()).not.toBe('');
    expect(words(stepLineKey(prompt.step, 'need')).trim()).not.toBe('');

    for (const [typed, step] of [['menu', 'menu'], ['stop', 'idle']]) {
      const actor = rootAfter(path);
      const read = interpreter.interpret({ kind: 'message', text: typed }, prompt);
      if (read.type === 'INFO') throw new Error(`"${typed}" was read as lines to say`);
      actor.send(read);
      expect(stepOf(actor.getSnapshot())).toBe(step);
      // Left part-way: the child, and the details with it, are gone.
      expect(actor.getSnapshot().children.handoff).toBeUndefined();
    }

    const helped = rootAfter(path);
    const emitted: Emitted[] = [];
    helped.on('say', (out) => emitted.push(out));
    const read = interpreter.interpret({ kind: 'message', text: 'help' }, prompt);
    if (read.type === 'INFO') throw new Error('"help" was read as lines to say');
    helped.send(read);
    expect(promptFor(helped.getSnapshot()).step).toBe(prompt.step);
    expect(emitted.map((out) => out.type === 'say' && out.line)).toEqual([{ step: 'where' }, { key: 'help.canDo' }]);
  });

  it('ends, back at the menu, when the handoff reaches its final state: declined, left or sent', () => {
    expect(finished.length).toBeGreaterThanOrEqual(3);
    for (const path of finished) expect(stepOf(rootAfter(path).getSnapshot())).toBe('menu');
  });
});
