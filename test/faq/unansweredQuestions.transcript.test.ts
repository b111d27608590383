import { loadConfig } from '../../src/config/config';
import { words } from '../../src/content/copy';
import { createCore } from '../../src/core';
import { createLogger } from '../../src/logger';
import { crisisLine } from '../../src/safety/crisisCopy';
import type { SqliteDb } from '../../src/storage/sqliteDb';
import { allText } from '../helpers/activities';
import { BotConversation } from '../helpers/botConversation';
import { openMemoryDb } from '../helpers/memoryDb';

const KEY = 'test/conversation-1';
const UNANSWERED = 'What is the capital of France? Email me at ann.smith@example.com';
const UNANSWERED_KEPT = 'What is the capital of France? Email me at [email]';

describe('questions the FAQ could not answer, through the whole bot', () => {
  let db: SqliteDb;
  let logs: string[];

  beforeEach(async () => {
    db = await openMemoryDb();
    logs = [];
  });
  afterEach(() => db.close());

  /** A greeted conversation on the real core; every log line, at trace level, is kept for the test to read. */
  async function chat(env: Record<string, string> = {}, conversationId?: string): Promise<(text: string) => Promise<string>> {
    const logger = createLogger('trace', { write: (line: string) => void logs.push(line) });
    const conversation = new BotConversation(createCore(db, loadConfig(env), logger, { notifiers: {} }).engine, 'test', conversationId);
    await conversation.say('hi');
    return async (text) => allText(await conversation.say(text));
  }

  const kept = async (key = KEY): Promise<string[]> =>
    (await db.all<{ text: string }>('SELECT text FROM unanswered_questions WHERE conversation_key = $1 ORDER BY asked_at, text', [key])).map((row) => row.text);

  test('a question the FAQ cannot answer is kept under the conversation, without its e-mail address; the logs never carry it', async () => {
    const say = await chat();
    // Nothing fits it at the menu: the bot says what it can do instead.
    expect(await say(UNANSWERED)).toContain(words('menu.prompt'));
    expect(await say('how long does the reframe take?')).toContain(words('faq.none'));
    expect(await kept()).toEqual([UNANSWERED_KEPT, 'how long does the reframe take?']);
    const log = logs.join('');
    expect(log).toContain('"event"');
    for (const secret of ['capital of France', 'ann.smith', 'how long does the reframe']) expect(log).not.toContain(secret);
  });

  test('an answered question, words that are no question, crisis language, a step answer and contact details are not kept', async () => {
    const say = await chat();
    await say('what is a growth mindset?');
    await say('I like turtles');
    // Clear risk, and possible risk, each read as a question.
    expect(await say('is it normal to want to hurt myself?')).toContain(crisisLine('opening', 'GB', 'selfHarm'));
    await say('menu');
    expect(await say('how do I make him pay for what he did?')).toContain(crisisLine('checkIn', 'GB', 'harmToOthers'));
    await say('no');
    // In the reframe, a question the FAQ cannot answer is the answer to the step.
    await say('Work through a setback');
    await say('what is the capital of France?');
    await say('menu');
    // In the contact form, it is what they typed as their details.
    await say('talk to someone');
    await say('yes');
    await say('what is the capital of France? ann@example.com');
    expect(await kept()).toEqual([]);
  });

  test('UNANSWERED_QUESTIONS=off keeps nothing', async () => {
    const say = await chat({ UNANSWERED_QUESTIONS: 'off' });
    expect(await say(UNANSWERED)).toContain(words('menu.prompt'));
    expect(await say('how long does the reframe take?')).toContain(words('faq.none'));
    expect(await db.all('SELECT id FROM unanswered_questions')).toEqual([]);
  });

  test('"what do you know about me" says how many are kept and for how long, and "delete my data" deletes them', async () => {
    const other = await chat({}, 'someone-else');
    await other('how long does the reframe take?');
    const say = await chat();
    expect(await say('what do you know about me')).not.toContain(words('privacy.shown.questions', { count: 0, days: 30 }));
    await say(UNANSWERED);
    await say('how long does the reframe take?');
    const shown = await say('what do you know about me');
    expect(shown).toContain(words('privacy.shown.questions', { count: 2, days: 30 }));
    // A count, never the questions themselves.
    expect(shown).not.toContain('capital of France');
    await say('delete my data');
    expect(await say('Yes, delete it')).toContain(words('privacy.deleted.questions', { count: 2 }));
    expect(await kept()).toEqual([]);
    expect(await kept('test/someone-else')).toEqual(['how long does the reframe take?']);
  });
});
