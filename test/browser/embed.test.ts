import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Locator, Page } from 'playwright-core';
import { startApp, type Running } from '../directline/support';
import { artifact, describeInChromium, DESKTOP, expectShown, foreign, fragment, PHONE, send, seriousViolations, watchedPage } from '../helpers/browser';

const FRAME = 'iframe[title="Bounce Back chat"]';

interface Site { url: string; close(): Promise<void> }

/**
 * A practice's own site on another origin: two pages carrying the snippet, under a strict policy that lets in only
 * what the README tells a practice to add (the bot in script-src and frame-src).
 */
async function startPracticeSite(bot: () => string): Promise<Site> {
  const server = http.createServer((req, res) => {
    const title = req.url === '/about' ? 'About us' : 'Welcome';
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${bot()}; frame-src ${bot()}; base-uri 'none'; object-src 'none'`,
    });
    res.end(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}: Example Practice</title></head><body><header><h1>Example Practice</h1><nav><a href="/">Home</a> <a href="/about">About us</a></nav></header>
<main><h2>${title}</h2><p>Counselling and support, close to home.</p></main>
<script src="${bot()}/embed.js" async></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Hidden while the panel fills a phone's screen, where the panel's own close button stands in for it. */
function launcher(page: Page): Locator {
  return page.getByRole('button', { name: 'Chat with Bounce Back', includeHidden: true });
}

function panelOf(page: Page): Locator {
  return page.locator('#bounce-back-embed .panel');
}

/** The panel's page, once it is ours (a refused frame never is). */
async function panelFrame(page: Page, bot: string): Promise<Frame> {
  for (let tries = 0; tries < 100; tries += 1) {
    const frame = page.frames().find((candidate) => candidate.url().startsWith(`${bot}/embed`));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`no frame of ${bot}/embed in ${page.frames().map((frame) => frame.url()).join(', ')}`);
}

/** Focused in its own document (or shadow root), and that document's part is what the page has focused. */
function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((node) => {
    const root = node.getRootNode() as Document | ShadowRoot;
    return root.activeElement === node && document.activeElement === (root instanceof ShadowRoot ? root.host : node);
  });
}

/** Where the panel's conversation is kept: its own storage, or the practice's page's (when the browser refuses the panel storage). */
async function keptBy(page: Page, panel: Frame): Promise<{ panel: string | null; page: string | null }> {
  return {
    panel: await panel.evaluate(() => {
      try {
        return sessionStorage.getItem('bounce-back.webchat');
      } catch {
        return null;
      }
    }),
    page: await page.evaluate(() => sessionStorage.getItem('bounce-back.embed.kept')),
  };
}

describeInChromium('embed', 'the chat embedded in a practice\'s own site, in Chromium', (browser) => {
  let running: Running;
  let practice: Site;
  let stranger: Site;
  let bot: string;

  beforeAll(async () => {
    practice = await startPracticeSite(() => bot);
    stranger = await startPracticeSite(() => bot);
    running = await startApp({ EMBED_ORIGINS: practice.url });
    // localhost against the sites' 127.0.0.1: another site, not only another origin, as the bot and a practice are.
    bot = running.url.replace('127.0.0.1', 'localhost');
  }, 60_000);
  afterAll(async () => {
    await running?.app.close();
    await practice?.close();
    await stranger?.close();
  });

  it('opens from the button, answers, and keeps the conversation across reloads and the site\'s pages', async () => {
    const { context, page, seen } = await watchedPage(browser(), DESKTOP);
    await page.goto(`${practice.url}/`);

    const button = launcher(page);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    // Nothing of the chat loads until it is wanted.
    expect(page.frames()).toHaveLength(1);
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const chat = page.frameLocator(FRAME);
    await expectShown(chat, 'welcome.greeting');
    await expectShown(chat, 'menu.prompt');
    await send(chat, 'what is a growth mindset?');
    await chat.getByText('views abilities as improvable through effort').last().waitFor({ timeout: 15_000 });
    const bubbles = chat.locator('.webchat__bubble__content');
    const before = await bubbles.allInnerTexts();
    expect(before.filter((text) => text.includes(fragment('welcome.greeting')))).toHaveLength(1);

    // This Chromium refuses storage to a page framed by another site (as Chrome does whenever third-party cookies are
    // blocked), so the practice's page keeps the conversation for the panel. The demo test below covers the panel's own.
    const kept = await keptBy(page, await panelFrame(page, bot));
    expect(kept.panel).toBeNull();
    expect(kept.page).toContain(JSON.parse(JSON.parse(kept.page ?? '{}')['bounce-back.webchat']).conversationId);

    await page.screenshot({ path: artifact('embed-desktop.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await seriousViolations(await panelFrame(page, bot))).toEqual([]);

    // A reload opens the panel again, on the same conversation: nothing lost, nothing doubled, no second welcome.
    await page.reload();
    await chat.getByText('views abilities as improvable through effort').last().waitFor({ timeout: 15_000 });
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await bubbles.allInnerTexts()).toEqual(before);

    // And so does another page of the site.
    await page.getByRole('link', { name: 'About us' }).click();
    await page.waitForURL(`${practice.url}/about`);
    await chat.getByText('views abilities as improvable through effort').last().waitFor({ timeout: 15_000 });
    expect(await bubbles.allInnerTexts()).toEqual(before);
    await send(chat, 'help');
    await expectShown(chat, 'help.canDo');

    // Closed and opened again, it is the same chat.
    const withHelp = await bubbles.allInnerTexts();
    await page.getByRole('button', { name: 'Close chat' }).click();
    expect(await panelOf(page).isHidden()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(button)).toBe(true);
    await button.click();
    await expectShown(chat, 'help.canDo');
    expect(await bubbles.allInnerTexts()).toEqual(withHelp);

    expect(seen.cspViolations).toEqual([]);
    expect(foreign(seen.requests, practice.url, bot)).toEqual([]);
    await context.close();
  }, 120_000);

  it('a check-in agreed in the panel is asked first on a later visit, in a new tab, though the panel may keep nothing itself', async () => {
    const { context, page, seen } = await watchedPage(browser(), DESKTOP);
    await page.goto(`${practice.url}/`);
    await launcher(page).click();
    const chat = page.frameLocator(FRAME);
    await expectShown(chat, 'menu.prompt');
    await send(chat, 'I want to work through a setback');
    await expectShown(chat, 'steps.reframe.what.prompt');
    const turns: Array<[string, string]> = [
      ['I froze when the client asked about the budget', 'steps.reframe.feeling.prompt'], ['embarrassed', 'steps.reframe.intensity.prompt'],
      ['7', 'steps.reframe.friend.prompt'], ['Everyone freezes sometimes', 'steps.reframe.selfTalk.prompt'],
      ['I knew most of it', 'steps.reframe.thought.prompt'], ["I'm hopeless in meetings", 'steps.reframe.evidence.prompt'],
      ['The client still booked a follow-up', 'steps.reframe.balanced.prompt'], ['I wobbled on one question', 'steps.reframe.goal.prompt'],
      ['Prepare three likely questions before each meeting', 'steps.reframe.when.prompt'], ['friday', 'steps.reframe.mindful.prompt'],
      ["I'm ready", 'steps.reframe.rerate.prompt'], ['4', 'goalCheck.offer.need'],
    ];
    for (const [text, next] of turns) {
      await send(chat, text);
      if (next !== 'goalCheck.offer.need') await expectShown(chat, next);
    }
    await send(chat, 'yes');
    await chat.getByText(/check in on \w+day/).last().waitFor({ timeout: 15_000 });
    // Refused storage in the panel: the practice's page keeps the check-in's key for it, in its localStorage.
    await page.waitForFunction(() => (localStorage.getItem('bounce-back.embed.durable') ?? '').includes('bounce-back.check-in'));
    const [planned] = await running.app.db.all<{ conversation_key: string }>('SELECT conversation_key FROM goal_checks');

    // Another day, another tab: a new conversation, to which the check-in moves.
    const later = await context.newPage();
    await later.goto(`${practice.url}/about`);
    await launcher(later).click();
    await expectShown(later.frameLocator(FRAME), 'menu.prompt');
    const [moved] = await running.app.db.all<{ conversation_key: string }>('SELECT conversation_key FROM goal_checks');
    expect(moved.conversation_key).not.toBe(planned.conversation_key);
    expect(seen.cspViolations).toEqual([]);
    await context.close();
  }, 120_000);

  it('works by keyboard and fills a 375 px phone screen', async () => {
    const { context, page, seen } = await watchedPage(browser(), PHONE);
    await page.goto(`${practice.url}/`);
    const button = launcher(page);
    await button.waitFor();

    // Tab through the site's own links to the button, and Enter opens the panel with the caret in its send box.
    for (let presses = 0; presses < 6 && !(await isFocused(button)); presses += 1) await page.keyboard.press('Tab');
    expect(await isFocused(button)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await button.isHidden()).toBe(true);
    const panel = await panelFrame(page, bot);
    await panel.waitForFunction(() => document.activeElement?.getAttribute('placeholder') === 'Type your message', undefined, { timeout: 15_000 });
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName)).toBe('IFRAME');

    // The whole screen, and nothing sideways.
    expect(await panelOf(page).boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const chat = page.frameLocator(FRAME);
    await expectShown(chat, 'menu.prompt');
    await page.keyboard.type('help');
    await page.keyboard.press('Enter');
    await expectShown(chat, 'help.canDo');
    await page.screenshot({ path: artifact('embed-phone.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await seriousViolations(panel)).toEqual([]);

    // Escape in the chat closes the panel and gives the button its focus back.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.classList.contains('launcher'));
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await panelOf(page).isHidden()).toBe(true);
    expect(await isFocused(button)).toBe(true);

    // Opened again by keyboard, the caret is back in the chat; Escape on the panel's close button closes it as well.
    await page.keyboard.press('Enter');
    await panel.waitForFunction(() => document.activeElement?.getAttribute('placeholder') === 'Type your message' && document.hasFocus());
    await page.getByRole('button', { name: 'Close chat' }).focus();
    await page.keyboard.press('Escape');
    expect(await panelOf(page).isHidden()).toBe(true);
    expect(await isFocused(button)).toBe(true);

    expect(seen.cspViolations).toEqual([]);
    expect(foreign(seen.requests, practice.url, bot)).toEqual([]);
    await context.close();
  }, 90_000);

  it('does not open on a site that is not in EMBED_ORIGINS, and says where the chat can be found', async () => {
    const { context, page, seen } = await watchedPage(browser(), DESKTOP);
    await page.goto(`${stranger.url}/`);
    await launcher(page).click();

    const failed = page.getByText("The chat can't open on this page just now.");
    await failed.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('link', { name: 'Open the chat in a new tab' }).getAttribute('href')).toBe(`${bot}/`);
    // The browser refused the frame: it never became our page, and the refusal names frame-ancestors.
    expect(page.frames().map((frame) => frame.url()).filter((url) => url.startsWith(bot))).toEqual([]);
    expect(seen.cspViolations).toEqual([expect.stringMatching(new RegExp(`^Framing '${bot}/'.*frame-ancestors 'self' ${practice.url}`))]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the snippet with this bot\'s address on the demo page, where the button works and the panel keeps its own conversation', async () => {
    const { context, page, seen } = await watchedPage(browser(), DESKTOP);
    await page.goto(`${bot}/embed-demo`);
    expect(await page.locator('#snippet').textContent()).toBe(`<script src="${bot}/embed.js" async></script>`);

    await launcher(page).click();
    const chat = page.frameLocator(FRAME);
    await expectShown(chat, 'menu.prompt');
    await send(chat, 'help');
    await expectShown(chat, 'help.canDo');
    // Framed by its own origin, the panel's storage is its own: nothing of the conversation is left with the page.
    const kept = await keptBy(page, await panelFrame(page, bot));
    expect(kept.panel).toContain('conversationId');
    expect(kept.page).toBeNull();
    const before = await chat.locator('.webchat__bubble__content').allInnerTexts();
    await page.reload();
    await expectShown(chat, 'help.canDo');
    expect(await chat.locator('.webchat__bubble__content').allInnerTexts()).toEqual(before);

    expect(await seriousViolations(page)).toEqual([]);
    expect(await seriousViolations(await panelFrame(page, bot))).toEqual([]);
    expect(seen.cspViolations).toEqual([]);
    expect(foreign(seen.requests, bot)).toEqual([]);
    await context.close();
  }, 90_000);
});
