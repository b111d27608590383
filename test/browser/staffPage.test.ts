import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { choiceLabel, words } from '../../src/content/copy';
import { CrisisTally } from '../../src/safety/crisisTally';
import { startApp, type Running } from '../directline/support';
import { ADMIN_TOKEN } from '../handoff/appClient';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const AXE = path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');
const hasChromium = fs.existsSync(CHROMIUM);

if (!hasChromium && process.env.CI === 'true') {
  test('Chromium is installed for the staff page browser test', () => {
    throw new Error(`${CHROMIUM} is missing, and CI=true requires the browser test to run`);
  });
} else if (!hasChromium) {
  console.warn(`\n  ⚠  ${CHROMIUM} is missing: SKIPPING the staff page browser test (it fails instead when CI=true).\n`);
}

interface Watch { requests: string[]; cspViolations: string[] }

/** Every request and every CSP violation, from before the first navigation to the end of the test. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { requests: [], cspViolations: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.cspViolations.push(message.text().slice(0, 160));
  });
  await page.exposeBinding('reportCspViolation', (_source, violation: string) => void seen.cspViolations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(violation: string): void }).reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  return seen;
}

/** axe-core's findings of every impact. page.evaluate runs whatever the page's CSP says, so axe needs no inline script. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    return (await axe.run(document)).violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
  });
}

const foreign = (requests: string[], origin: string): string[] => requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));

/** A person asks for a professional in the web chat, as in test/browser/webchat.test.ts; answers the reference shown. */
async function contactRequestInChat(page: Page): Promise<string> {
  await page.getByPlaceholder('Type your message').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: choiceLabel('cmd.human'), exact: true }).last().click({ timeout: 15_000 });
  await page.getByRole('button', { name: choiceLabel('handoff.consent.yes'), exact: true }).last().click({ timeout: 15_000 });
  const form = page.locator('.ac-adaptiveCard').last();
  await form.getByLabel(words('handoff.form.name')).fill('Sam Person');
  await form.getByLabel(words('handoff.form.contact')).fill('sam@example.com');
  await form.getByLabel(words('handoff.form.time')).fill('weekday evenings');
  await form.getByLabel(words('handoff.form.note')).fill('About my exams');
  await form.getByRole('button', { name: words('handoff.form.submit') }).click();
  await page.getByText('weekday evenings').last().waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: choiceLabel('handoff.send'), exact: true }).last().click();
  const sent = page.getByText(/Your reference is/).last();
  await sent.waitFor({ timeout: 15_000 });
  const reference = /BB-[A-Z0-9]{5}/.exec(await sent.innerText())?.[0];
  if (!reference) throw new Error('no reference shown');
  return reference;
}

(hasChromium ? describe : describe.skip)('the staff page in Chromium', () => {
  let running: Running;
  let browser: Browser;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    running = await startApp({ ADMIN_TOKEN });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await running?.app.close();
  });

  it('a request made in the web chat is seen on /staff after signing in, marked contacted by keyboard, and the store agrees', async () => {
    const chat = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const person = await chat.newPage();
    await person.goto(`${running.url}/`);
    const reference = await contactRequestInChat(person);
    await chat.close();
    // Counts for the chart, as crisis replies leave them: no text.
    const tally = new CrisisTally(running.app.db);
    await tally.record({ region: 'GB', harm: 'selfHarm', tier: 'clear' }, 'browser-turn-1');
    await tally.record({ region: 'GB', harm: 'selfHarm', tier: 'checkIn' }, 'browser-turn-2');
    await tally.record({ region: 'GB', harm: 'harmedByOthers', tier: 'clear' }, 'browser-turn-3');

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const seen = await watch(page);
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
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-page.png'), fullPage: true });

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
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await running.app.handoff.requests.save({
      conversationKey: 'test:phone', turnId: 'phone-turn',
      details: { name: 'Alexandra Longname-Featherstonehaugh', contact: 'alexandra.longname-featherstonehaugh@example-practice.co.uk', contactKind: 'email', time: 'any weekday after half past four', note: 'x'.repeat(200) },
    });
    const page = await context.newPage();
    const seen = await watch(page);
    await page.goto(`${running.url}/staff`);
    await page.getByLabel('Staff token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('li.request').first().waitFor({ timeout: 15_000 });
    await page.locator('#crisis-table tbody tr').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'staff-page-phone.png'), fullPage: true });
    expect(seen.cspViolations).toEqual([]);
    await context.close();
  }, 60_000);
});
