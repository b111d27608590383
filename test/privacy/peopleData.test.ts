import { words } from '../../src/content/copy';
import { botHarness, type Harness } from '../handoff/botHarness';

async function handoff(bot: Harness): Promise<string> {
  for (const text of ['talk to someone', 'yes', 'Ann Smith', 'ann@example.com', 'mornings']) await bot.say(text);
  await bot.say('No note');
  const sent = await bot.say('Send it');
  return /\*\*(BB-[A-Z0-9]{5})\*\*/.exec(sent)?.[1] as string;
}

const stored = async (bot: Harness): Promise<string> =>
  JSON.stringify(await bot.db.all('SELECT doc FROM conversation_state'));

describe("what do you know about me", () => {
  test('shows the unfinished answers, each contact request with its status, and how long each is kept', async () => {
    const bot = await botHarness();
    await bot.say('hi');
    const reference = await handoff(bot);
    const [request] = await bot.requests.list();
    await bot.requests.setStatus(request.id, 'contacted');
    await bot.say('Work through a setback');
    await bot.say('I missed a deadline at work');
    const shown = await bot.say('what do you know about me?');
    expect(shown).toContain(words('privacy.shown.answersIntro'));
    expect(shown).toContain('What happened: I missed a deadline at work');
    expect(shown).toContain(`Contact request ${reference}, made on ${request.createdAt.slice(0, 10)}: the team has been in touch.`);
    expect(shown).toContain(words('privacy.shown.stateKept', { days: 30 }));
    expect(shown).toContain(words('privacy.shown.requestsKept', { days: 90 }));
    // It answers and carries on: the reframe step is asked again.
    expect(shown).toContain(words('steps.reframe.feeling.prompt'));
  });

  test('with nothing stored it says so', async () => {
    const bot = await botHarness();
    await bot.say('hi');
    const shown = await bot.say('What data do you have about me');
    expect(shown).toContain(words('privacy.shown.noAnswers'));
    expect(shown).toContain(words('privacy.shown.noRequests'));
  });
});

describe('delete my data', () => {
  test('asks first; "no" keeps everything', async () => {
    const bot = await botHarness();
    await bot.say('hi');
    await handoff(bot);
    expect(await bot.say('delete my data')).toContain(words('privacy.confirmDelete.prompt'));
    expect(await bot.say('No, keep it')).toContain(words('privacy.kept'));
    expect(await bot.requests.list()).toHaveLength(1);
  });

  test('erases the conversation state, the answers and the contact requests with their pending notifications, and says what went', async () => {
    const bot = await botHarness();
    await bot.say('hi');
    await handoff(bot);
    await bot.say('Work through a setback');
    await bot.say('I missed a deadline at work');
    expect(await stored(bot)).toContain('I missed a deadline');
    await bot.say('delete my data');
    const deleted = await bot.say('Yes, delete it');
    expect(deleted).toContain(words('privacy.deleted.conversation'));
    expect(deleted).toContain(words('privacy.deleted.answers'));
    expect(deleted).toContain(words('privacy.deleted.requests', { count: 1 }));
    expect(deleted).not.toContain(words('privacy.deleted.alreadySent', { count: 1 }));
    expect(await bot.db.all('SELECT key FROM conversation_state')).toEqual([]);
    expect(await bot.db.all('SELECT id FROM contact_requests')).toEqual([]);
    expect(await bot.db.all('SELECT id FROM staff_outbox')).toEqual([]);
    // Afterwards the person starts afresh, with nothing to resume.
    expect(await bot.say('menu')).toContain(words('menu.prompt'));
  });

  test('a request the team already has is deleted here, and the person is told it cannot be called back', async () => {
    const bot = await botHarness();
    await bot.say('hi');
    await handoff(bot);
    await bot.db.run("UPDATE staff_outbox SET status = 'sent'");
    await bot.say('forget me');
    const deleted = await bot.say('yes');
    expect(deleted).toContain(words('privacy.deleted.alreadySent', { count: 1 }));
    expect(await bot.requests.list()).toEqual([]);
  });

  test("only this conversation's data goes", async () => {
    const other = await botHarness();
    await other.requests.save({ conversationKey: 'msteams/someone-else', turnId: 'x', details: { name: 'B', contact: 'b@example.com', contactKind: 'email', time: 'any' } });
    await other.say('hi');
    await handoff(other);
    await other.say('delete my data');
    await other.say('Yes, delete it');
    expect((await other.requests.list()).map((request) => request.name)).toEqual(['B']);
  });
});
