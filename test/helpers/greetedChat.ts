import type { SqliteDb } from '../../src/storage/sqliteDb';
import { allText } from './activities';
import { BotConversation } from './botConversation';
import { createEngine } from './engine';
import { openMemoryDb } from './memoryDb';

export interface GreetedChat {
  chat: BotConversation;
  db: SqliteDb;
  /** The person types; the words of every message the bot sends back. */
  say(text: string): Promise<string>;
}

/** A conversation with the real core on a fresh in-memory database, already greeted; new for each test of the file. */
export function greetedChat(): GreetedChat {
  const current = {} as GreetedChat;
  beforeEach(async () => {
    current.db = await openMemoryDb();
    current.chat = new BotConversation(createEngine(current.db).engine);
    await current.chat.say('hi');
  });
  afterEach(async () => current.db.close());
  current.say = async (text) => allText(await current.chat.say(text));
  return current;
}
