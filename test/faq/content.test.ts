import fs from 'fs';
import path from 'path';
import { loadFaq, validateFaq } from '../../src/faq/content';

const ARTICLE = fs.readFileSync(path.join(__dirname, '../../content/source-article.txt'), 'utf8');

function articleFaqs(): Map<string, string> {
  const lines = ARTICLE.split('\n');
  const start = lines.indexOf('Frequently Asked Questions:');
  const faqs = new Map<string, string>();
  for (let i = start + 1; i + 1 < lines.length; i += 2) faqs.set(lines[i], lines[i + 1]);
  return faqs;
}

describe('content/faq.json', () => {
  const entries = loadFaq();

  it('quotes every answer word for word from the article', () => {
    for (const entry of entries) expect(ARTICLE.includes(entry.answer)).toBe(true);
  });

  it('holds the article’s five Q&As exactly, marked as faq', () => {
    const faqs = articleFaqs();
    expect(faqs.size).toBe(5);
    const fromFaq = entries.filter((entry) => entry.source === 'faq');
    expect(fromFaq.map((entry) => [entry.question, entry.answer])).toEqual([...faqs]);
  });

  it('covers the article’s other topics', () => {
    const ids = entries.map((entry) => entry.id);
    for (const id of ['dopamine', 'neuroplasticity', 'cbt', 'mindfulness', 'self-compassion', 'carol-dweck', 'kahneman', 'nash', 'mcclintock']) {
      expect(ids).toContain(id);
    }
  });

  it('offers one or two related questions per entry', () => {
    for (const entry of entries) {
      expect(entry.related.length).toBeGreaterThanOrEqual(1);
      expect(entry.related.length).toBeLessThanOrEqual(2);
    }
  });

  it('gives every entry several alternate phrasings', () => {
    for (const entry of entries) expect(entry.alternates.length).toBeGreaterThanOrEqual(5);
  });
});

describe('validateFaq', () => {
  const good = { id: 'a', question: 'Q?', section: 'S', answer: 'A.', alternates: [], related: [], source: 'faq' };

  it('accepts a well-formed entry', () => {
    expect(validateFaq([good])).toEqual([good]);
  });
  it('rejects a missing answer', () => {
    expect(() => validateFaq([{ ...good, answer: '' }])).toThrow(/answer/);
  });
  it('rejects an unknown source', () => {
    expect(() => validateFaq([{ ...good, source: 'blog' }])).toThrow(/source/);
  });
  it('rejects duplicate ids and dangling related ids', () => {
    expect(() => validateFaq([good, good])).toThrow(/unique/);
    expect(() => validateFaq([{ ...good, related: ['nope'] }])).toThrow(/related/);
  });
  it('rejects something that is not a list', () => {
    expect(() => validateFaq({})).toThrow(/array/);
  });
});
