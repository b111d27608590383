import { MAX_KEPT_CHARS, UnansweredQuestionStore } from '../../src/faq/unansweredQuestions';
import type { Db } from '../../src/storage/db';
import { describePostgres, openFreshPostgresDb } from '../helpers/postgres';
import { openMemoryDb } from '../helpers/memoryDb';

const DAY = 24 * 60 * 60 * 1000;

function describeStore(engine: string, openDb: () => Promise<Db>): void {
  describe(`unanswered questions on ${engine}`, () => {
    let db: Db;
    let now: number;
    let store: UnansweredQuestionStore;

    beforeEach(async () => {
      db = await openDb();
      now = Date.parse('2026-11-28T10:00:00Z');
      store = new UnansweredQuestionStore(db, () => now);
    });
    afterEach(() => db.close());

    const texts = async (): Promise<string[]> => (await store.list()).map((question) => question.text);

    it('keeps a question with its e-mail addresses and phone numbers taken out, and nothing of them in the table', async () => {
      await store.keep('test/a', 'turn-1', 'How do I bake bread? Email ann.smith@example.com or ring 07911 123456');
      expect(await texts()).toEqual(['How do I bake bread? Email [email] or ring [phone]']);
      const stored = JSON.stringify(await db.all('SELECT * FROM unanswered_questions'));
      expect(stored).not.toContain('ann.smith');
      expect(stored).not.toContain('123456');
    });

    it('caps what it keeps, after taking the details out', async () => {
      const long = `why ${'so '.repeat(200)}? ann@example.com`;
      await store.keep('test/a', 'turn-1', long);
      const [kept] = await texts();
      expect(kept).toHaveLength(MAX_KEPT_CHARS);
      expect(kept.endsWith('…')).toBe(true);
      now += 1000;
      await store.keep('test/a', 'turn-2', `${'x'.repeat(MAX_KEPT_CHARS - 20)} 07911 123456 is that ok?`);
      expect((await texts())[0]).toContain('[phone] is that ok?');
    });

    it('keeps a turn retried after a write conflict once', async () => {
      for (let attempt = 0; attempt < 3; attempt += 1) await store.keep('test/a', 'turn-1', 'what is the capital of France?');
      expect(await store.countFor('test/a')).toBe(1);
    });

    it('lists newest first with when each was asked, at most 200', async () => {
      await store.keep('test/a', 'turn-1', 'first?');
      now += 1000;
      await store.keep('test/b', 'turn-2', 'second?');
      now += 1000;
      await store.keep('test/a', 'turn-3', 'third?');
      const listed = await store.list();
      expect(listed.map(({ text, askedAt }) => ({ text, askedAt }))).toEqual([
        { text: 'third?', askedAt: now },
        { text: 'second?', askedAt: now - 1000 },
        { text: 'first?', askedAt: now - 2000 },
      ]);
      expect(new Set(listed.map((question) => question.id)).size).toBe(3);
      for (let index = 4; index <= 205; index += 1) {
        now += 1;
        await store.keep('test/c', `turn-${index}`, `question ${index}?`);
      }
      const capped = await store.list();
      expect(capped).toHaveLength(200);
      expect(capped[0].text).toBe('question 205?');
    });

    it("counts and deletes one conversation's questions only", async () => {
      await store.keep('webchat:abc', 'turn-1', 'one?');
      await store.keep('webchat:abc', 'turn-2', 'two?');
      await store.keep('msteams/someone-else', 'turn-3', 'theirs?');
      expect(await store.countFor('webchat:abc')).toBe(2);
      expect(await store.deleteFor('webchat:abc')).toBe(2);
      expect(await store.countFor('webchat:abc')).toBe(0);
      expect(await texts()).toEqual(['theirs?']);
      expect(await store.deleteFor('webchat:abc')).toBe(0);
    });

    it('the retention sweep deletes questions asked more than 30 days ago', async () => {
      await store.keep('test/a', 'turn-1', 'old?');
      now += DAY;
      await store.keep('test/a', 'turn-2', 'newer?');
      now += 29 * DAY;
      expect(await store.deleteExpired()).toBe(0);
      now += 1;
      expect(await store.deleteExpired()).toBe(1);
      expect(await texts()).toEqual(['newer?']);
    });
  });
}

describeStore('sqlite', openMemoryDb);
describePostgres('unanswered questions on postgres', () => describeStore('postgres', openFreshPostgresDb));
