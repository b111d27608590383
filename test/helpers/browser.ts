import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Frame, type FrameLocator, type Page } from 'playwright-core';
import { words } from '../../src/content/copy';

/** Debian's Chromium: the browser tests never download one (no `npx playwright install`). */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const AXE = path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/** describe() with one headless Chromium for its tests (`browser()`); without Chromium, a warning and a skip, or a failing test when CI=true. */
export function describeInChromium(what: string, name: string, body: (browser: () => Browser) => void): void {
  const hasChromium = fs.existsSync(CHROMIUM);
  if (!hasChromium && process.env.CI === 'true') {
    test(`Chromium is installed for the ${what} browser test`, () => {
      throw new Error(`${CHROMIUM} is missing, and CI=true requires the browser test to run`);
    });
  } else if (!hasChromium) {
    console.warn(`\n  ⚠  ${CHROMIUM} is missing: SKIPPING the ${what} browser test (it fails instead when CI=true).\n`);
  }
  (hasChromium ? describe : describe.skip)(name, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (!browser) throw new Error('Chromium is not running yet: call browser() inside a test or hook');
      return browser;
    });
  });
}

/** Headless Chromium with the launch arguments every browser test uses. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A desktop window, as most browser tests use. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 860 } };
/** A 375 px phone with touch, the narrowest screen the pages must fit. */
export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** The path for a screenshot in test/artifacts/ (which git ignores), the folder made if it is missing. */
export function artifact(file: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, file);
}

interface Watch { requests: string[]; cspViolations: string[] }

/** A new context and its page, watched from before the first navigation; the test closes the context. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page; seen: Watch }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { context, page, seen: await watch(page) };
}

/** Every request and CSP violation (with the frame it came from), in the page and its frames, reloads included. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { requests: [], cspViolations: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('console', (message) => {
    // Cut short: a blocked data: URL is quoted whole.
    if (/Content Security Policy/i.test(message.text())) seen.cspViolations.push(message.text().slice(0, 200));
  });
  // The page's own event as well: it reports every violation, whatever Chromium chooses to log.
  await page.exposeBinding('reportCspViolation', (source, violation: string) => void seen.cspViolations.push(`${source.frame.url()}: ${violation}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(violation: string): void }).reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  return seen;
}

/** The requests that went anywhere but these origins (their blob: URLs and data: URLs are the page's own). */
export function foreign(requests: string[], ...origins: string[]): string[] {
  return requests.filter((url) => !url.startsWith('data:') && !origins.some((origin) => url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`)));
}

interface AxeFinding { id: string; impact: string; count: number }

/** axe-core run in one document (frames are checked on their own); page.evaluate ignores the page's CSP, so no inline script. */
async function runAxe(target: Page | Frame): Promise<AxeFinding[]> {
  await target.evaluate(fs.readFileSync(AXE, 'utf8'));
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    return (await axe.run(document, { iframes: false })).violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
  });
}

/** A finding as "rule (impact, nodes)". */
const described = (finding: AxeFinding): string => `${finding.id} (${finding.impact}, ${finding.count})`;

/** axe-core's findings of every impact in one document, as "rule (impact, nodes)". */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  return (await runAxe(target)).map(described);
}

/** axe-core's serious and critical findings in one document, as "rule (impact, nodes)". */
export async function seriousViolations(target: Page | Frame): Promise<string[]> {
  return (await runAxe(target)).filter((finding) => finding.impact === 'serious' || finding.impact === 'critical').map(described);
}

/** The longest stretch of a line without quotes or apostrophes, which Web Chat's Markdown turns curly. */
export function fragment(key: string): string {
  return words(key).split(/['"“”‘’*]/).sort((a, b) => b.length - a.length)[0].trim();
}

/** Web Chat on the page itself, or in a frame (the embedded panel). */
export type Chat = Page | FrameLocator;

/** Waits until Web Chat shows the line of this content key. */
export async function expectShown(chat: Chat, key: string): Promise<void> {
  await chat.getByText(fragment(key)).last().waitFor({ timeout: 15_000 });
}

/** Types a message into Web Chat's send box and sends it with Enter. */
export async function send(chat: Chat, text: string): Promise<void> {
  const box = chat.getByPlaceholder('Type your message');
  await box.fill(text);
  await box.press('Enter');
}

/** Fills in the contact card Web Chat shows last, and submits it. */
export async function fillContactCard(chat: Chat, details: { name: string; contact: string; time: string; note: string }): Promise<void> {
  const form = chat.locator('.ac-adaptiveCard').last();
  await form.getByLabel(words('handoff.form.name')).fill(details.name);
  await form.getByLabel(words('handoff.form.contact')).fill(details.contact);
  await form.getByLabel(words('handoff.form.time')).fill(details.time);
  await form.getByLabel(words('handoff.form.note')).fill(details.note);
  await form.getByRole('button', { name: words('handoff.form.submit') }).click();
}
