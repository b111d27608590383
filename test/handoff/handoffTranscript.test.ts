import { words } from '../../src/content/copy';
import { REFERENCE_PATTERN } from '../../src/handoff/reference';
import { botHarness, migratedDb, textOf, type Harness } from './botHarness';
import { FailingDb } from './failingDb';

const CONSENT = words('handoff.consent.prompt');
const SENT = /Sent\. Your reference is \*\*(BB-[A-Z0-9]{5})\*\*\. Someone from our team will contact you within two working days\./;

async function toConfirm(bot: Harness, contact = 'ann@example.com'): Promise<string> {
  await bot.say('hi');
  expect(await bot.say('can I talk to someone?')).toContain(CONSENT);
  expect(await bot.say("Yes, that's fine")).toContain(words('handoff.name.prompt'));
  expect(await bot.say('Ann Smith')).toContain(words('handoff.contact.prompt'));
  expect(await bot.say(contact)).toContain(words('handoff.time.prompt'));
  expect(await bot.say('weekday mornings')).toContain(words('handoff.note.prompt'));
  return bot.say('Please call after 5pm');
}

const count = async (bot: Harness, table: string): Promise<number> =>
  Number((await bot.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n);

describe('contact a professional, by typing', () => {
  test('the whole handoff: details confirmed, committed, then a reference and when to expect contact', async () => {
    const bot = await botHarness();
    const confirm = await toConfirm(bot);
    expect(confirm).toContain('**Name:** Ann Smith');
    expect(confirm).toContain('**Contact:** ann@example.com');
    expect(confirm).toContain('**Good time:** weekday mornings');
    expect(confirm).toContain('**Note:** Please call after 5pm');
    const sent = await bot.say('Send it');
    const reference = SENT.exec(sent)?.[1];
    expect(reference).toMatch(REFERENCE_PATTERN);
    const [request] = await bot.requests.list();
    expect(request).toMatchObject({ reference, name: 'Ann Smith', contact: 'ann@example.com', contactKind: 'email', time: 'weekday mornings', note: 'Please call after 5pm', status: 'new' });
    expect(await count(bot, "staff_outbox WHERE status = 'pending'")).toBe(1);
    expect(sent).toContain(words('menu.prompt'));
  });

  test.each(['can I talk to someone', 'I want a therapist', 'speak to a human', 'talk to a professional', 'Talk to someone please'])('"%s" starts it from anywhere', async (phrase) => {
    const bot = await botHarness();
    await bot.say('hi');
    await bot.say('Work through a setback');
    expect(await bot.say(phrase)).toContain(CONSENT);
  });

  test('the menu button (typed label or card data) starts it', async () => {
    const bot = await botHarness();
    await bot.say('hi');
    expect(await bot.say('Talk to a professional')).toContain(CONSENT);
    await bot.say('menu');
    expect(await bot.say({ value: { choice: 'cmd.human' } })).toContain(CONSENT);
  });

  test('mistakes in the email or phone number are explained and asked again', async () => {
    const bot = await botHarness();
    await bot.say('hi');
    await bot.say('talk to someone');
    await bot.say('yes');
    await bot.say('Ann');
    expect(await bot.say('ann@example')).toContain(words('handoff.problems.emailDomain'));
    expect(await bot.say('ann smith@example.com')).toContain(words('handoff.problems.emailSpaces'));
    const phone = await bot.say('0791 12');
    expect(phone).toContain(words('handoff.problems.phone'));
    expect(phone).toContain(words('handoff.contact.prompt'));
    expect(await bot.say('07911 123456')).toContain(words('handoff.time.prompt'));
  });

  test('any field can be changed from the confirmation, which then shows the change', async () => {
    const bot = await botHarness();
    await toConfirm(bot);
    expect(await bot.say('Change contact')).toContain(words('handoff.contact.prompt'));
    const confirm = await bot.say('07911 123456');
    expect(confirm).toContain('**Contact:** +447911123456');
    expect(confirm).toContain('**Name:** Ann Smith');
    await bot.say('Change note');
    expect(await bot.say('No note')).not.toContain('**Note:**');
    await bot.say('Send it');
    expect(await bot.requests.list()).toEqual([expect.objectContaining({ contact: '+447911123456', contactKind: 'phone' })]);
    expect((await bot.requests.list())[0].note).toBeUndefined();
  });

  test('refusing consent stores nothing at all', async () => {
    const bot = await botHarness();
    await bot.say('hi');
    await bot.say('I want a therapist');
    expect(await bot.say('No, thanks')).toContain(words('handoff.consent.declined'));
    expect(await count(bot, 'contact_requests')).toBe(0);
    expect(await count(bot, 'staff_outbox')).toBe(0);
  });

  test('if the commit fails the bot never says it was sent, says so honestly, and a retry works', async () => {
    const db = new FailingDb(await migratedDb(), /INSERT INTO contact_requests/);
    const bot = await botHarness({ db });
    await toConfirm(bot);
    const failed = await bot.say('Send it');
    expect(failed).not.toMatch(/Sent\.|BB-/);
    expect(failed).toContain(words('handoff.notSent'));
    expect(failed).toContain('**Name:** Ann Smith');
    expect(await count(bot, 'contact_requests')).toBe(0);
    db.failing = false;
    expect(await bot.say('Send it')).toMatch(SENT);
    expect(await count(bot, 'contact_requests')).toBe(1);
  });

  test('with HANDOFF_EVENT the bot also sends handoff.initiate carrying only the reference', async () => {
    const bot = await botHarness({ handoffEvent: true });
    await toConfirm(bot);
    const replies = await bot.send('Send it');
    const event = replies.find((activity) => activity.type === 'event');
    const reference = SENT.exec(replies.map(textOf).join('\n'))?.[1];
    expect(event).toMatchObject({ name: 'handoff.initiate', value: { reference } });
    expect(JSON.stringify(event)).not.toContain('Ann Smith');
  });

  test('without HANDOFF_EVENT no event is sent', async () => {
    const bot = await botHarness();
    await toConfirm(bot);
    expect((await bot.send('Send it')).filter((activity) => activity.type === 'event')).toEqual([]);
  });
});

describe('contact a professional, by card form', () => {
  test('Teams shows one form with the four inputs; submitting it fills the confirmation', async () => {
    const bot = await botHarness({ channelId: 'msteams' });
    await bot.say('hi');
    await bot.say('talk to a professional');
    const [form] = (await bot.send({ value: { choice: 'handoff.consent.yes' } })).filter((activity) => activity.attachments?.length);
    const card = form.attachments?.[0].content as { body: Array<{ type: string; id?: string }>; actions: Array<{ type: string; data: unknown }> };
    expect(card.body.filter((item) => item.type === 'Input.Text').map((item) => item.id)).toEqual(['name', 'contact', 'time', 'note']);
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Submit', data: { form: 'contact' } })]);
    const confirm = await bot.say({ value: { form: 'contact', name: 'Ann Smith', contact: '07911 123456', time: 'after 5pm', note: '' } });
    expect(confirm).toContain('**Contact:** +447911123456');
    expect(confirm).toContain('**Good time:** after 5pm');
    expect(await bot.say({ value: { choice: 'handoff.send' } })).toMatch(SENT);
    expect(await bot.requests.list()).toEqual([expect.objectContaining({ name: 'Ann Smith', contact: '+447911123456', time: 'after 5pm' })]);
  });

  test('forged values are rejected with a clear answer, unknown keys are ignored', async () => {
    const bot = await botHarness({ channelId: 'msteams' });
    await bot.say('hi');
    await bot.say('talk to someone');
    await bot.say('yes');
    const reply = await bot.say({ value: { form: 'contact', name: { $ne: '' }, contact: 'x@y', time: ['now'], note: 42, status: 'closed', id: 'forged' } });
    expect(reply).toContain(words('handoff.problems.unreadable.name'));
    expect(reply).toContain(words('handoff.problems.unreadable.time'));
    expect(reply).toContain(words('handoff.problems.unreadable.note'));
    expect(reply).toContain(words('handoff.problems.emailDomain'));
    expect(reply).toContain(words('handoff.name.prompt'));
    // A forged "send" before anything is confirmed is not taken.
    expect(await bot.say({ value: { choice: 'handoff.send' } })).toContain(words('handoff.name.need'));
    await bot.say({ value: { form: 'contact', name: 'Ann', contact: 'ann@example.com', time: 'mornings', note: 'ok', status: 'closed' } });
    await bot.say('Send it');
    expect(await bot.requests.list()).toEqual([expect.objectContaining({ status: 'new', name: 'Ann' })]);
  });

  test('a form submitted outside the handoff is not taken', async () => {
    const bot = await botHarness({ channelId: 'msteams' });
    await bot.say('hi');
    expect(await bot.say({ value: { form: 'contact', name: 'Ann', contact: 'ann@example.com', time: 'mornings' } })).toContain(words('menu.need'));
    expect(await count(bot, 'contact_requests')).toBe(0);
  });

  test('a half-filled form asks only for what is still missing, then typing finishes it', async () => {
    const bot = await botHarness({ channelId: 'webchat' });
    await bot.say('hi');
    await bot.say('talk to someone');
    await bot.say('yes');
    expect(await bot.say({ value: { form: 'contact', name: 'Ann', contact: '', time: 'mornings', note: '' } })).toContain(words('handoff.contact.prompt'));
    expect(await bot.say('ann@example.com')).toContain('**Good time:** mornings');
  });
});
