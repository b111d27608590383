import type { Page } from 'playwright-core';
import { choiceLabel } from '../../src/content/copy';
import { CrisisTally } from '../../src/safety/crisisTally';
import { startApp, type Running } from '../directline/support';
import { ADMIN_TOKEN } from '../handoff/appClient';
import { artifact, axeViolations, describeInChromium, DESKTOP, fillContactCard, foreign, PHONE, watchedPage } from '../helpers/browser';

/** A person asks for a professional in the web chat, as in test/browser/webchat.test.ts; answers the reference shown. */
async function contactRequestInChat(page: Page): Promise<string> {
  await page.getByPlaceholder('Type your message').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: choiceLabel('cmd.human'), exact: true }).last().click({ timeout: 15_000 });
  await page.getByRole('button', { name: choiceLabel('handoff.consent.yes'), exact: true }).last().click({ timeout: 15_000 });
  await fillContactCard(page, { name: 'Sam Person', contact: 'sam@example.com', time: 'weekday evenings', note: 'About my exams' });
  await page.getByText('weekday evenings').last().waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: choiceLabel('handoff.send'), exact: true }).last().click();
  const sent = page.getByText(/Your reference is/).last();
  await sent.waitFor({ timeout: 15_000 });
  const reference = /BB-[A-Z0-9]{5}/.exec(await sent.innerText())?.[0];
  if (!reference) throw new Error('no reference shown');
  return reference;
}

describeInChromium('staff page', 'the staff page in Chromium', (browser) => {
  let running: Running;

  beforeAll(async () => {
    running = await startApp({ ADMIN_TOKEN });
  }, 60_000);
  afterAll(async () => {
    await running?.app.close();
  });

  it('a request made in the web chat is seen on /staff after signing in, marked contacted by keyboard, and the store agrees', async () => {
    const chat = await browser().newContext(DESKTOP);
    const person = await chat.newPage();
    await person.goto(`${running.url}/`);
    const reference = await contactRequestInChat(person);
    await chat.close();
    // Counts for the chart, as crisis replies leave them: no text.
    const tally = new CrisisTally(running.app.db);
    await tally.record({ region: 'GB', harm: 'selfHarm', tier: 'clear' }, 'browser-turn-1');
    await tally.record({ region: 'GB', harm: 'selfHarm', tier: 'checkIn' }, 'browser-turn-2');
    await tally.record({ region: 'GB', harm: 'harmedByOthers', tier: 'clear' }, 'browser-turn-3');

    const { context, page, seen } = await watchedPage(browser(), { viewport: { width: 1280, height: 900 } });
    const response = await page.goto(`${running.url}/staff`);
    expect(response?.headers()['cache-control']).toBe('no-store');
    const token = page.getByLabel('Staff token');
    await token.waitFor();
    expect(await page.getByText(reference).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // A wrong token is refused and said so next to the field.
    await token.fill('not-the-staff-token-at-all');
    await token.press('Enter');
    await page.getByText("That isn't the staff token").waitFor();

    // Signing in, by keyboard: the token, then Enter.
    await token.fill(ADMIN_TOKEN);
    await token.press('Enter');
    const card = page.locator('li.request', { hasText: reference });
    await card.waitFor({ timeout: 15_000 });
    expect(await card.innerText()).toMatch(/Sam Person[\s\S]*sam@example\.com[\s\S]*weekday evenings[\s\S]*About my exams[\s\S]*New/);
    expect(await card.getByRole('link', { name: 'sam@example.com' }).getAttribute('href')).toBe('mailto:sam@example.com');
    const cookies = await context.cookies();
    expect(cookies).toEqual([expect.objectContaining({ name: 'bb_staff', httpOnly: true, sameSite: 'Strict', path: '/staff' })]);
    expect(cookies[0].expires).toBeGreaterThan(Date.now() / 1000 + 7 * 3600);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // The chart and its table: today's counts, by kind.
    const table = page.getByRole('table', { name: 'Crisis replies per day and kind of harm' });
    const today = table.locator('tbody tr').first();
    expect(await today.locator('td').allInnerTexts()).toEqual(['0', '2', '0', '1', '0', '0', '3']);
    expect(await page.locator('#crisis-chart .chart-bar').count()).toBe(2);
    const unansweredShown = await page.locator('#unanswered-off, #unanswered-empty, #unanswered li').evaluateAll((nodes) => nodes.filter((node) => !(node as HTMLElement).hidden).length);
    expect(unansweredShown).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('staff-page.png'), fullPage: true });

    // Keyboard: focus the button, press Enter.
    await card.getByRole('button', { name: 'Mark as contacted' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`${reference} is now marked as contacted.`).waitFor();
    expect(await card.locator('.badge').innerText()).toBe('Contacted');
    const [stored] = await running.app.handoff.requests.list();
    expect(stored).toMatchObject({ reference, status: 'contacted' });
    // Focus stays in the card, on its next action.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mark as closed');

    await page.getByLabel('Show').selectOption('new');
    await page.getByText('No contact requests to show.').waitFor();
    await page.getByLabel('Show').selectOption('contacted');
    await card.waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    expect(await page.getByText(reference).count()).toBe(0);
    expect(await context.cookies()).toEqual([]);

    expect(seen.cspViolations).toEqual([]);
    expect(foreign(seen.requests, running.url)).toEqual([]);
    await context.close();
  }, 120_000);

  it('fits a 375 px phone screen without sideways scrolling and passes axe there, signed in', async () => {
    await running.app.handoff.requests.save({
      conversationKey: 'test:phone', turnId: 'phone-turn',
      details: { name: 'Alexandra Longname-Featherstonehaugh', contact: 'alexandra.longname-featherstonehaugh@example-practice.co.uk', contactKind: 'email', time: 'any weekday after half past four', note: 'x'.repeat(200) },
    });
    const { context, page, seen } = await watchedPage(browser(), PHONE);
    await page.goto(`${running.url}/staff`);
    await page.getByLabel('Staff token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('li.request').first().waitFor({ timeout: 15_000 });
    await page.locator('#crisis-table tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: artifact('staff-page-phone.png'), fullPage: true });
    expect(seen.cspViolations).toEqual([]);
    await context.close();
  }, 60_000);
});
