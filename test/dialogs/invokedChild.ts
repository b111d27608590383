import { createActor, type AnyStateMachine, type AnyTransitionDefinition } from 'xstate';
import { toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import { bounceBackMachine } from '../../dialogs/bounceBack';
import { promptFor, stepOf } from '../../dialogs/prompts';
import { stepLineKey } from '../../dialogs/shared';
import type { BounceBackEvent, Emitted } from '../../dialogs/types';
import { words } from '../../src/content/copy';
import { lineText } from '../../src/render/lineText';
import { createInterpreter } from '../helpers/engine';

type Root = ReturnType<typeof createActor<typeof bounceBackMachine>>;
type Persisted = ReturnType<Root['getPersistedSnapshot']>;
interface ChildSnapshot { value: unknown; context: unknown }

export interface InvokedChild {
  /** The child's id, which is also the root state it runs in ("handoff", "privacy", "reframe"). */
  id: string;
  machine: AnyStateMachine;
  /** The root event that starts it. */
  enter: BounceBackEvent;
  /** Every event to try in every state reached (besides "help" and words no step can use, tried in all of them). */
  events: BounceBackEvent[];
  /** What tells two of its states apart (the step, and what it holds that changes the prompt or the route). */
  serialize(child: ChildSnapshot): string;
  /** The states it rests in, which the exploration must reach. */
  resting: string[];
  /** At least this many different ways to its final state (declined, left, done…). */
  endings: number;
  /** Where the root is once it has ended (default: the menu), or where each ending's last event takes it from the state it was in. */
  endsAt?: string | ((last: BounceBackEvent, from: ChildSnapshot) => string);
  /** Set for a child that waits while the person is elsewhere (the reframe): leaving keeps it, and carrying on returns to it. */
  waits?: true;
}

const interpreter = createInterpreter();

const PAUSES: BounceBackEvent[][] = [
  [{ type: 'CRISIS', region: 'GB', kind: 'suicidal' }, { type: 'CHOICE', id: 'crisis.safe' }, { type: 'CHOICE', id: 'reframe.resume' }],
  [{ type: 'CHECK_IN', region: 'GB', kind: 'selfHarm' }, { type: 'CHOICE', id: 'checkIn.no' }],
  [{ type: 'UNSURE_HANDOFF' }, { type: 'CHOICE', id: 'unsure.no' }],
];

function restore(persisted: Persisted): Root {
  const actor = createActor(bounceBackMachine, { snapshot: JSON.parse(JSON.stringify(persisted)) });
  actor.start();
  return actor;
}

function allEdges(node: DirectedGraphNode): DirectedGraphNode['edges'] {
  return [...node.edges, ...node.children.flatMap(allEdges)];
}

/**
 * A child machine the root invokes or spawns, model-tested as it really runs (pure transitions do not step a child):
 * every event from every state reached, each on a root restored from that state, as the engine restores one. Every
 * resting state is reached and every transition taken; in each, the prompt has words and "menu", "stop" and "help"
 * work; and each way to its final state brings the root back where it should (the menu, unless said otherwise).
 */
export function describeInvokedChild(child: InvokedChild): void {
  const childOf = (actor: Root): ChildSnapshot | undefined => (actor.getSnapshot().children as Record<string, { getSnapshot(): ChildSnapshot } | undefined>)[child.id]?.getSnapshot();
  const rootAfter = (path: BounceBackEvent[]): Root => {
    const actor = createActor(bounceBackMachine);
    actor.start();
    for (const event of [child.enter, ...path]) actor.send(event);
    return actor;
  };

  const start = rootAfter([]);
  const reached = new Map<string, { child: ChildSnapshot; persisted: Persisted; path: BounceBackEvent[] }>([[child.serialize(childOf(start)!), { child: childOf(start)!, persisted: start.getPersistedSnapshot(), path: [] }]]);
  const taken = new Set<AnyTransitionDefinition>();
  const endings: Array<{ path: BounceBackEvent[]; from: ChildSnapshot }> = [];
  const queue = [...reached.values()];
  for (let at = queue.shift(); at; at = queue.shift()) {
    for (const event of [...child.events, { type: 'HELP' } as const, { type: 'UNUSABLE' } as const]) {
      for (const transition of child.machine.getTransitionData(at.child as never, event)) taken.add(transition);
      const actor = restore(at.persisted);
      actor.send(event);
      const next = childOf(actor);
      if (!next) endings.push({ path: [...at.path, event], from: at.child });
      else if (!reached.has(child.serialize(next))) {
        const found = { child: next, persisted: actor.getPersistedSnapshot(), path: [...at.path, event] };
        reached.set(child.serialize(next), found);
        queue.push(found);
      }
      actor.stop();
    }
  }

  describe(`model-based: the ${child.id} machine, a child of the root`, () => {
    it(`reaches every state the ${child.id} rests in`, () => {
      expect([...new Set([...reached.values()].map(({ child: at }) => String(at.value)))].sort()).toEqual([...child.resting].sort());
    });

    it(`takes every transition the ${child.id} defines`, () => {
      const defined = new Set(allEdges(toDirectedGraph(child.machine)).map((edge) => edge.transition));
      expect([...defined].filter((transition) => !taken.has(transition)).map((transition) => `${transition.source.id} on ${transition.eventType}`)).toEqual([]);
    });

    it.each([...reached].map(([key, { child: at, path }]) => [key, String(at.value), path] as const))('in %s, reached through the root: its prompt, "menu", "stop" and "help", and words it cannot use', (key, value, path) => {
      const prompt = promptFor(rootAfter(path).getSnapshot());
      expect(prompt.step).toBe(`${child.id}.${value}`);
      expect(lineText(prompt).trim()).not.toBe('');
      expect(words(stepLineKey(prompt.step, 'need')).trim()).not.toBe('');

      for (const [typed, step] of [['menu', 'menu'], ['stop', 'idle']]) {
        const actor = rootAfter(path);
        const read = interpreter.interpret({ kind: 'message', text: typed }, prompt);
        if (read.type === 'INFO') throw new Error(`"${typed}" was read as lines to say`);
        actor.send(read);
        expect(stepOf(actor.getSnapshot())).toBe(step);
        if (!child.waits) {
          // Left part-way: the child, and what it held, are gone.
          expect(childOf(actor)).toBeUndefined();
          continue;
        }
        // Left part-way, it waits, with what it holds; carrying on from the menu returns to the very step.
        expect(child.serialize(childOf(actor)!)).toBe(key);
        if (step !== 'menu') continue;
        actor.send({ type: 'CHOICE', id: 'reframe.resume' });
        expect(promptFor(actor.getSnapshot()).step).toBe(prompt.step);
        expect(child.serialize(childOf(actor)!)).toBe(key);
      }

      // It waits, too, through a crisis, a safety check-in answered "no" and a "did you mean…" answered "no".
      for (const pause of child.waits ? PAUSES : []) {
        const actor = rootAfter([...path, ...pause]);
        expect(promptFor(actor.getSnapshot()).step).toBe(prompt.step);
        expect(child.serialize(childOf(actor)!)).toBe(key);
      }

      const helped = rootAfter(path);
      const emitted: Emitted[] = [];
      helped.on('say', (out) => emitted.push(out));
      const read = interpreter.interpret({ kind: 'message', text: 'help' }, prompt);
      if (read.type === 'INFO') throw new Error('"help" was read as lines to say');
      helped.send(read);
      expect(promptFor(helped.getSnapshot()).step).toBe(prompt.step);
      // The step's own lines, as content keys: nothing is filled in after the turn.
      expect(emitted.map((out) => out.type === 'say' && out.line)).toEqual([{ key: stepLineKey(prompt.step, 'where') }, { key: 'help.canDo' }]);
      expect(words(stepLineKey(prompt.step, 'where')).trim()).not.toBe('');

      const unusable = rootAfter(path);
      const needs: Emitted[] = [];
      unusable.on('say', (out) => needs.push(out));
      unusable.send({ type: 'UNUSABLE' });
      expect(promptFor(unusable.getSnapshot()).step).toBe(prompt.step);
      expect(needs.map((out) => out.type === 'say' && out.line)).toEqual([{ key: stepLineKey(prompt.step, 'need') }]);
    });

    it(`ends where it should, whichever way the ${child.id} reaches its final state`, () => {
      expect(endings.length).toBeGreaterThanOrEqual(child.endings);
      const endsAt = ({ path, from }: (typeof endings)[number]): string => (typeof child.endsAt === 'function' ? child.endsAt(path[path.length - 1], from) : child.endsAt ?? 'menu');
      for (const ending of endings) expect(promptFor(rootAfter(ending.path).getSnapshot()).step).toBe(endsAt(ending));
    });
  });
}
