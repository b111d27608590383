import { randomUUID } from 'node:crypto';
import { openDb } from '../src/storage/openDb';
import { StateStore } from '../src/storage/stateStore';
import { conversationsPlan, runClosedLoop } from './loadGenerator';
import { residentBytes } from './machine';
import type { RunningServer } from './servers';
import { CONVERSATION_SCRIPT } from './traffic';

/** Storage keys are channel/conversation (src/channels/bounceBackBot.ts conversationKey); the bench speaks as msteams. */
const storageKey = (conversationId: string): string => `msteams/${conversationId}`;

export interface RecordSizes {
  /** Bytes stored at the last step of a reframe, when every answer is held: the largest a conversation gets. */
  midReframe: number;
  /** Bytes stored once the reframe is finished and its answers are cleared. */
  afterReframe: number;
  /** The mid-reframe record itself, to seed the store with. */
  record: string;
}

/** Drives one conversation through a whole reframe over HTTP and reads what the store keeps for it. */
export async function measureRecord(server: RunningServer, databaseUrl: string): Promise<RecordSizes> {
  const prefix = `size-${randomUUID()}`;
  const fullTurns = CONVERSATION_SCRIPT.length;
  await runClosedLoop(server.url, 1, conversationsPlan(`${prefix}-mid`, 1, fullTurns - 1));
  await runClosedLoop(server.url, 1, conversationsPlan(`${prefix}-full`, 1, fullTurns));
  const db = await openDb(databaseUrl);
  try {
    const store = new StateStore(db);
    const midKey = storageKey(`${prefix}-mid-c0`);
    const row = await db.get<{ doc: string }>('SELECT doc FROM conversation_state WHERE key = $1', [midKey]);
    if (!row) throw new Error('the measured conversation was not stored');
    return {
      midReframe: (await store.sizeOf(midKey)) ?? Number.NaN,
      afterReframe: (await store.sizeOf(storageKey(`${prefix}-full-c0`))) ?? Number.NaN,
      record: row.doc,
    };
  } finally {
    await db.close();
  }
}

export interface MemoryGrowth { conversations: number; turnsEach: number; before: number; after: number; seconds: number }

/** Server RSS before and after `conversations` new conversations of `turnsEach` turns each, 32 at a time. */
export async function measureMemory(server: RunningServer, conversations: number, turnsEach: number): Promise<MemoryGrowth> {
  const before = residentBytes(server.pid);
  const result = await runClosedLoop(server.url, 32, conversationsPlan(`mem-${randomUUID()}`, conversations, turnsEach));
  if (result.errors > 0) throw new Error(`${result.errors} turns failed while measuring memory`);
  return { conversations, turnsEach, before, after: residentBytes(server.pid), seconds: result.seconds };
}

/**
 * Fills the store to `total` conversations with copies of one real record under new keys, in one
 * transaction, straight through SQL as a busy deployment's table would look.
 */
export async function seedStore(databaseUrl: string, record: string, total: number): Promise<void> {
  const db = await openDb(databaseUrl);
  try {
    const row = await db.get<{ count: number | string }>('SELECT COUNT(*) AS count FROM conversation_state');
    const have = Number(row?.count ?? 0);
    const now = Date.now();
    await db.transaction(async (tx) => {
      for (let index = have; index < total; index += 1) {
        await tx.run('INSERT INTO conversation_state (key, doc, etag, updated_at) VALUES ($1, $2, $3, $4)', [
          storageKey(`seeded-${index}`), record, randomUUID(), now,
        ]);
      }
    });
  } finally {
    await db.close();
  }
}
