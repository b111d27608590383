import { createActor, type Snapshot } from 'xstate';
import { bounceBackMachine } from '../../dialogs/bounceBack';
import { promptFor } from '../../dialogs/prompts';
import type { BounceBackEvent, Emitted, Prompt } from '../../dialogs/types';

/** A root actor as the engine uses it: restored from a JSON round trip of its snapshot, persisted while running, then stopped. */
export function turns(events: BounceBackEvent[], from?: Snapshot<unknown>): { snapshot: Snapshot<unknown>; emitted: Emitted[] } {
  let snapshot = from;
  const emitted: Emitted[] = [];
  for (const event of events) {
    const actor = createActor(bounceBackMachine, snapshot ? { snapshot } : undefined);
    actor.on('*', (out) => emitted.push(out as Emitted));
    actor.start();
    actor.send(event);
    snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Snapshot<unknown>;
    actor.stop();
  }
  return { snapshot: snapshot as Snapshot<unknown>, emitted };
}

/** The prompt of wherever a persisted snapshot rests. */
export const promptOf = (snapshot: Snapshot<unknown>): Prompt => promptFor(createActor(bounceBackMachine, { snapshot }).getSnapshot());
