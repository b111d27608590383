import fc from 'fast-check';
import type { Prompt, Say } from '../../dialogs/types';
import copy from '../../content/copy.json';
import crisis from '../../content/crisis.json';
import { loadFaq } from '../../src/faq/content';
import { traitsFor } from '../../src/render/channelTraits';
import { clipToBytes, jsonBytes } from '../../src/render/clip';
import { renderTurn } from '../../src/render/render';
import { readableText } from '../helpers/activities';
import { expectTeamsCanShow, TEAMS_MAX_ACTIVITY_BYTES } from '../teams/teamsChat';

const teams = traitsFor('msteams');
const whatPrompt: Prompt = { step: 'reframe.what', key: 'steps.reframe.what.prompt', expects: 'text', choices: [] };
const FAQ_CHOICES = loadFaq().map((entry) => `faq.${entry.id}`);

/** Long typed answers in the characters that cost most: three-byte letters and quotes, four-byte emoji, and JSON-escaped ones. */
const heavy = (length: number): string => Array.from({ length }, (_, index) => ['“', 'ż', '😞', '\\', '"', 'a', '\n'][index % 7]).join('');

describe('Teams size limit (about 28 KB for the whole activity)', () => {
  it('keeps a summary of very long answers within it, on the card', () => {
    const long = heavy(12000);
    const summary: Say = { key: 'summary', params: { what: long, feeling: long, before: 8, kind: long, balanced: long, goal: long, when: long, after: 3 } };
    const activities = renderTurn({ says: [summary], prompt: whatPrompt }, teams);
    activities.forEach(expectTeamsCanShow);
    // Still the summary: the title and the start of every quoted answer are there.
    expect(readableText(activities[0])).toContain('What happened');
    expect(readableText(activities[0])).toContain('Your learning goal');
  });

  it('keeps a reflection of a very long message within it', () => {
    const activities = renderTurn({ says: [{ key: 'reflect.what', params: { what: heavy(40000) } }], prompt: whatPrompt }, teams);
    activities.forEach(expectTeamsCanShow);
    expect(activities[0].text).toMatch(/…$/);
  });

  it('shows the whole FAQ list, with every question as a card button, within it', () => {
    const [list] = renderTurn({ says: [{ key: 'faq.list', choices: FAQ_CHOICES }], prompt: whatPrompt }, teams);
    expectTeamsCanShow(list);
    expect(Buffer.byteLength(JSON.stringify(list))).toBeLessThan(TEAMS_MAX_ACTIVITY_BYTES);
  });

  it('never cuts a character in half, and never goes over the budget', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 8, max: 600 }), (text, budget) => {
        const clipped = clipToBytes(text, budget);
        expect(jsonBytes(clipped) <= budget || clipped === text).toBe(true);
        if (clipped !== text) expect(text.startsWith(clipped.slice(0, -1))).toBe(true);
        expect(clipped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
    );
  });
});

describe('Teams suggested actions', () => {
  it('never carries more than three, whatever the number of choices and wherever they are', () => {
    const ids = [...FAQ_CHOICES, 'cmd.faq', 'cmd.human', 'reframe.start'];
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (said, prompted) => {
        const prompt: Prompt = { ...whatPrompt, key: 'menu.prompt', choices: prompted };
        renderTurn({ says: [{ key: 'faq.list', choices: said }], prompt }, teams).forEach(expectTeamsCanShow);
      }),
    );
  });
});

describe('Markdown Teams renders', () => {
  // Teams (and Adaptive Card text blocks) render bold, italic, lists and links, but not headings, tables or code blocks.
  const texts = [JSON.stringify(copy), JSON.stringify(crisis), ...loadFaq().map((entry) => entry.answer)]
    .flatMap((text) => text.split(/\\n|\n|"/));
  it.each([
    ['headings', /^\s*#{1,6}\s/],
    ['tables', /^\s*\|.*\|\s*$/],
    ['code blocks', /```/],
    ['horizontal rules', /^\s*(---|\*\*\*|___)\s*$/],
  ])('no content uses %s', (_name, pattern) => {
    expect(texts.filter((text) => pattern.test(text))).toEqual([]);
  });
});
