import type { Page } from 'playwright-core';
import { choiceLabel } from '../../src/content/copy';
import { POSTS_PER_MINUTE } from '../../src/directline/service';
import { startApp, type Running } from '../directline/support';
import { artifact, describeInChromium, DESKTOP, expectShown, fillContactCard, foreign, fragment, PHONE, send, seriousViolations, watchedPage } from '../helpers/browser';

async function tap(page: Page, choice: string): Promise<void> {
  await page.getByRole('button', { name: choiceLabel(choice), exact: true }).last().click();
}

describeInChromium('web chat', 'the web chat page in Chromium', (browser) => {
  let running: Running;

  beforeAll(async () => {
    running = await startApp();
  }, 60_000);
  afterAll(async () => {
    await running?.app.close();
  });

  it('runs a whole guided reframe, answers a question, takes the contact card, keeps its history on reload, and stays on our origin', async () => {
    const { context, page, seen } = await watchedPage(browser(), DESKTOP);
    await page.goto(`${running.url}/`);

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bounce Back');
    const note = await page.locator('#safety-note').innerText();
    expect(note).toMatch(/not an emergency service/);
    expect(note).toMatch(/Samaritans.*116\s123/);
    expect(note).toMatch(/\b999\b/);
    await expectShown(page, 'welcome.greeting');
    await expectShown(page, 'menu.prompt');

    await tap(page, 'reframe.start');
    await expectShown(page, 'steps.reframe.what.prompt');
    // A link in the person's words comes back in the summary as a Markdown link; Web Chat draws its external-link icon from data: images.
    await send(page, 'I missed an important deadline at work, the one on https://example.com/plan');
    await expectShown(page, 'steps.reframe.feeling.prompt');
    await tap(page, 'feeling.disappointment');
    await expectShown(page, 'steps.reframe.intensity.prompt');
    await send(page, '7');
    await expectShown(page, 'steps.reframe.friend.prompt');
    await send(page, 'Everyone misses one sometimes, and you will learn from it');
    await expectShown(page, 'steps.reframe.selfTalk.prompt');
    await send(page, 'Everyone misses one sometimes, and I will learn from it');
    await expectShown(page, 'steps.reframe.thought.prompt');
    await send(page, 'I am useless at my job');
    await expectShown(page, 'steps.reframe.evidence.prompt');
    await send(page, 'I have met every other deadline this year');
    await expectShown(page, 'steps.reframe.balanced.prompt');
    await send(page, 'I missed this one, but I can plan the next one better');
    await expectShown(page, 'steps.reframe.goal.prompt');
    await send(page, 'Break big pieces of work into weekly steps');
    await expectShown(page, 'steps.reframe.when.prompt');
    await tap(page, 'when.skip');
    await expectShown(page, 'steps.reframe.mindful.prompt');
    await tap(page, 'mindful.ready');
    await expectShown(page, 'steps.reframe.rerate.prompt');
    await send(page, '4');
    await expectShown(page, 'summary.title');
    // From 7 to 4: the close names the change.
    await page.getByText('that change is your own work').last().waitFor({ timeout: 15_000 });
    await page.locator('a[href="https://example.com/plan"]').last().waitFor({ timeout: 15_000 });

    // A check-in on the goal, agreed by tap: the page keeps its key, so a later visit in a new conversation is asked it.
    await expectShown(page, 'goalCheck.offer.prompt');
    await tap(page, 'goalCheck.yes');
    await page.getByText(/check in on \w+day/).last().waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => localStorage.getItem('bounce-back.check-in'))).toMatch(/^[\w-]{32}$/);
    const [planned] = await running.app.db.all<{ goal: string }>('SELECT goal FROM goal_checks');
    expect(planned.goal).toBe('Break big pieces of work into weekly steps');

    // A question in the person's own words gets the article's answer, word for word.
    await send(page, 'wait, what is a growth mindset?');
    await page.getByText('views abilities as improvable through effort').last().waitFor({ timeout: 15_000 });

    // Talk to a professional: consent, then the contact card filled in and submitted.
    await tap(page, 'cmd.human');
    await tap(page, 'handoff.consent.yes');
    await fillContactCard(page, { name: 'Ann Example', contact: 'ann@example.com', time: 'weekday mornings', note: 'I would like to talk about perfectionism' });
    await page.getByText('weekday mornings').last().waitFor({ timeout: 15_000 });
    await tap(page, 'handoff.send');
    const sent = page.getByText(/Your reference is/).last();
    await sent.waitFor({ timeout: 15_000 });
    expect(await sent.innerText()).toMatch(/BB-[A-Z0-9]{5}/);
    const [stored] = await running.app.handoff.requests.list();
    expect(stored).toMatchObject({ name: 'Ann Example', contact: 'ann@example.com', time: 'weekday mornings', note: 'I would like to talk about perfectionism' });
    await page.screenshot({ path: artifact('webchat-desktop.png') });

    const bubbles = page.locator('.webchat__bubble__content');
    const before = await bubbles.allInnerTexts();
    expect(before.filter((text) => text.includes(fragment('welcome.greeting')))).toHaveLength(1);
    await page.reload();
    await page.getByText(/Your reference is/).last().waitFor({ timeout: 15_000 });
    // The same conversation, every message once: nothing lost, nothing doubled, no second welcome.
    expect(await bubbles.allInnerTexts()).toEqual(before);

    expect(await seriousViolations(page)).toEqual([]);
    expect(seen.cspViolations).toEqual([]);
    expect(seen.requests.length).toBeGreaterThan(5);
    expect(foreign(seen.requests, running.url)).toEqual([]);
    await context.close();
  }, 120_000);

  it('fits a 375 px phone screen, can be driven by keyboard, and passes axe there too', async () => {
    const { context, page, seen } = await watchedPage(browser(), PHONE);
    await page.goto(`${running.url}/`);
    await expectShown(page, 'menu.prompt');

    // No sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // Keyboard: Tab reaches "Start over", and Enter on it sends "start over" to the bot.
    await page.getByPlaceholder('Type your message').focus();
    await page.getByRole('button', { name: 'Start over' }).focus();
    await page.keyboard.press('Enter');
    await expectShown(page, 'global.startOver');
    await page.screenshot({ path: artifact('webchat-phone.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Over the limit, the page says so gently rather than failing silently.
    const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('bounce-back.webchat') ?? '{}'));
    for (let index = 0; index < POSTS_PER_MINUTE; index += 1) {
      await fetch(`${saved.domain}/conversations/${saved.conversationId}/activities`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${saved.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'typing', from: { id: 'flood' } }),
      });
    }
    await send(page, 'hello');
    await page.getByText('faster than I can read them').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: artifact('webchat-phone-rate-limited.png') });

    expect(seen.cspViolations).toEqual([]);
    expect(foreign(seen.requests, running.url)).toEqual([]);
    await context.close();
  }, 60_000);

  it('"delete my data" clears the chat and starts a fresh conversation, which a reload keeps', async () => {
    const { context, page, seen } = await watchedPage(browser(), DESKTOP);
    await page.goto(`${running.url}/`);
    await expectShown(page, 'menu.prompt');
    const conversationId = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('bounce-back.webchat') ?? '{}').conversationId as string | undefined);
    await page.waitForFunction(() => sessionStorage.getItem('bounce-back.webchat') !== null);
    const first = await conversationId();

    await send(page, 'I failed my Zanzibar exam and feel awful');
    await page.getByText('Zanzibar').first().waitFor();
    await send(page, 'delete my data');
    await tap(page, 'privacy.delete.yes');
    await page.getByText("I've deleted our conversation. This is a fresh one.").waitFor({ timeout: 15_000 });
    await page.waitForFunction((old) => {
      const saved = JSON.parse(sessionStorage.getItem('bounce-back.webchat') ?? '{}') as { conversationId?: string };
      return saved.conversationId !== undefined && saved.conversationId !== old;
    }, first);
    await expectShown(page, 'menu.prompt');
    const bubbles = page.locator('.webchat__bubble__content');
    expect((await bubbles.allInnerTexts()).join('\n')).not.toContain('Zanzibar');

    await page.reload();
    await expectShown(page, 'menu.prompt');
    expect((await bubbles.allInnerTexts()).join('\n')).not.toContain('Zanzibar');
    expect(await conversationId()).not.toBe(first);
    expect(seen.cspViolations).toEqual([]);
    await context.close();
  }, 60_000);
});
