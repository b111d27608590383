import { UnansweredQuestionStore } from '../../src/faq/unansweredQuestions';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate } from '../../src/storage/migrations';
import { SqliteDb } from '../../src/storage/sqliteDb';
import { ADMIN_TOKEN, message, startApp, tempDatabase } from '../handoff/appClient';

const DAY = 24 * 60 * 60 * 1000;

/** Signs in to the staff page's API with the admin token and reads the unanswered questions, as the page does. */
async function staffList(url: string): Promise<{ enabled: boolean; questions: Array<{ text: string }> }> {
  const signIn = await fetch(`${url}/staff/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: ADMIN_TOKEN }) });
  expect(signIn.status).toBe(200);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  const listed = await fetch(`${url}/staff/api/unanswered-questions`, { headers: { cookie } });
  expect(listed.status).toBe(200);
  return (await listed.json()) as { enabled: boolean; questions: Array<{ text: string }> };
}

describe('unanswered questions in the app', () => {
  it('questions past 30 days go at start-up; a new one reaches the staff page without its e-mail address', async () => {
    const databaseUrl = tempDatabase();
    const seeded = SqliteDb.open(databaseUrl.slice('sqlite:'.length));
    await migrate(seeded, ALL_MIGRATIONS);
    const now = Date.now();
    await new UnansweredQuestionStore(seeded, () => now - 31 * DAY).keep('test/old', 'turn-old', 'asked long ago?');
    await new UnansweredQuestionStore(seeded, () => now - 29 * DAY).keep('test/recent', 'turn-recent', 'asked last month?');
    await seeded.close();

    const { app, url } = await startApp({ DATABASE_URL: databaseUrl, ADMIN_TOKEN });
    try {
      expect((await app.db.all<{ text: string }>('SELECT text FROM unanswered_questions')).map((row) => row.text)).toEqual(['asked last month?']);
      await message(url, 'conv-1', 'hi');
      await message(url, 'conv-1', 'What is the capital of France? ann@example.com');
      expect(await staffList(url)).toEqual({
        enabled: true,
        questions: [expect.objectContaining({ text: 'What is the capital of France? [email]' }), expect.objectContaining({ text: 'asked last month?' })],
      });
    } finally {
      await app.close();
    }
  });

  it('with UNANSWERED_QUESTIONS=off nothing is kept and the staff page is told the list is off', async () => {
    const { app, url } = await startApp({ DATABASE_URL: tempDatabase(), ADMIN_TOKEN, UNANSWERED_QUESTIONS: 'off' });
    try {
      await message(url, 'conv-1', 'hi');
      await message(url, 'conv-1', 'What is the capital of France?');
      expect(await app.db.all('SELECT id FROM unanswered_questions')).toEqual([]);
      expect(await staffList(url)).toEqual({ enabled: false, questions: [] });
    } finally {
      await app.close();
    }
  });
});
