import type { App } from '../../src/app';
import { choiceLabel } from '../../src/content/copy';
import { message, replyText, startApp, tempDatabase } from '../handoff/appClient';
import { SmtpReceiver } from '../handoff/smtpReceiver';
import { WebhookReceiver } from '../handoff/webhookReceiver';
import { ANSWERS, TYPED_TURNS } from '../helpers/reframeScript';

/** NUL and the other C0 controls but \n and \t, DEL, and the marks and overrides that reorder text. */
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const ADDRESS = "o'brien+x@example.com";

describe('what a person typed is shown as they typed it, in the chat and to the staff', () => {
  const webhook = new WebhookReceiver();
  const mailbox = new SmtpReceiver();
  let app: App;
  let url: string;

  beforeAll(async () => {
    const env = {
      DATABASE_URL: tempDatabase(), STAFF_WEBHOOK_URL: await webhook.start(), SMTP_URL: await mailbox.start(),
      STAFF_EMAIL_TO: 'team@example.com', OUTBOX_INTERVAL_SECONDS: '3600',
    };
    ({ app, url } = await startApp(env));
  });

  afterAll(async () => {
    await app.close();
    await webhook.stop();
    await mailbox.stop();
  });

  /** Sends the contact form the name step shows, confirms it, and hands the request to the staff; returns what the confirmation said. */
  async function sendThroughTheForm(conversation: string, form: Record<string, string>): Promise<{ confirmation: string; hook: Record<string, unknown>; mail: string }> {
    for (const text of ['hi', 'can I talk to someone', 'yes']) await message(url, conversation, text);
    const confirmation = replyText(await message(url, conversation, '', { form: 'contact', ...form }));
    const sent = replyText(await message(url, conversation, 'Send it'));
    const reference = /\*\*(BB-[A-Z0-9]{5})\*\*/.exec(sent)?.[1];
    expect(await app.handoff.outbox.drainOnce()).toEqual({ sent: 2, failed: 0 });
    const hook = [...webhook.recorded.values()].find((body) => body.reference === reference);
    const mail = mailbox.mails.find((received) => received.headers.includes(`Subject: Contact request ${reference}`));
    if (!hook || !mail) throw new Error(`no webhook post or e-mail for ${reference}`);
    return { confirmation, hook, mail: mail.text };
  }

  test('a name, time and note equal to button ids reach the confirmation, the webhook and the e-mail as typed', async () => {
    const { confirmation, hook, mail } = await sendThroughTheForm('typed-ids', { name: 'cmd.human', contact: ADDRESS, time: 'handoff.send', note: 'reframe.start' });
    for (const label of [choiceLabel('cmd.human'), choiceLabel('handoff.send'), choiceLabel('reframe.start')]) {
      expect(confirmation).not.toContain(label);
      expect(String(hook.text)).not.toContain(label);
      expect(mail).not.toContain(label);
    }
    expect(confirmation).toContain('cmd.human');
    expect(hook).toMatchObject({ name: 'cmd.human', bestTime: 'handoff.send', note: 'reframe.start' });
    for (const text of [String(hook.text), mail]) {
      expect(text).toContain('cmd.human');
      expect(text).toContain('handoff.send');
      expect(text).toContain('reframe.start');
    }
  });

  test.each([ADDRESS, 'o_brien*x@example.com'])('the address %s reaches the webhook and the e-mail exactly, with no Markdown escapes', async (address) => {
    const { hook, mail } = await sendThroughTheForm(`address-${address}`, { name: 'Ann Smith', contact: address, time: 'mornings', note: '' });
    expect(hook.contact).toBe(address);
    expect(String(hook.text)).toContain(` ${address}.`);
    expect(mail).toContain(` ${address}.`);
    expect(`${String(hook.text)}\n${mail}`).not.toContain('\\');
  });

  test('NUL, other control characters and bidi overrides never reach the webhook or the e-mail', async () => {
    const { hook, mail } = await sendThroughTheForm('hidden', {
      name: 'Ann\u0000 Sm\u202Eith\u200F', contact: ADDRESS, time: 'morn\u001B[31mings\u2066\u061C', note: 'after\u0007 5\u007F\u202A\u2069\u200E',
    });
    expect(hook).toMatchObject({ name: 'Ann Smith', bestTime: 'morn[31mings', note: 'after 5' });
    for (const value of Object.values(hook)) if (typeof value === 'string') expect(value).not.toMatch(HIDDEN);
    expect(mail).toContain('Ann Smith would like');
    expect(mail).not.toMatch(HIDDEN);
  });

  test('a summary answer equal to a button id is quoted as typed; a feeling chosen by its button shows its label', async () => {
    const turns = TYPED_TURNS.map((text) => (text === ANSWERS.what ? 'reframe.start' : text === ANSWERS.feeling ? choiceLabel('feeling.shame') : text));
    for (const text of ['hi', choiceLabel('reframe.start'), ...turns.slice(0, -1)]) await message(url, 'summary-ids', text);
    const summary = replyText(await message(url, 'summary-ids', turns.at(-1)!));
    expect(summary).toContain('**What happened:** reframe.start');
    expect(summary).toContain(`**How it felt:** ${choiceLabel('feeling.shame')}, ${ANSWERS.before}/10`);
  });

  test('"what do you know about me" quotes an answer equal to a button id as typed, and a pressed feeling by its label', async () => {
    for (const text of ['hi', choiceLabel('reframe.start'), 'reframe.start', choiceLabel('feeling.anxiety')]) await message(url, 'shown-ids', text);
    const shown = replyText(await message(url, 'shown-ids', 'what do you know about me?'));
    expect(shown).toContain('What happened: reframe.start');
    expect(shown).toContain(`How it felt: ${choiceLabel('feeling.anxiety')}`);
  });
});
