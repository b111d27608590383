import { loadFaq } from '../../src/faq/content';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import { DEFAULT_FAQ_OPTIONS, FaqMatcher } from '../../src/faq/matcher';
import type { FaqEntry, FaqMatch } from '../../src/faq/types';

const entries = loadFaq();
// The matcher the app runs: the token index with the trained ranker.
const matcher = createUnderstanding().faq;

function answerId(match: FaqMatch): string | undefined {
  return match.kind === 'answer' ? match.entry.id : undefined;
}

function entry(id: string, question: string, alternates: string[] = []): FaqEntry {
  return { id, question, section: 'test', answer: `Answer ${id}.`, alternates, related: [], source: 'article' };
}

describe('FaqMatcher', () => {
  it('answers each entry’s own question with that entry, and the article’s exact answer', () => {
    for (const faq of entries) {
      const match = matcher.match(faq.question);
      expect(answerId(match)).toBe(faq.id);
      if (match.kind === 'answer') expect(match.entry.answer).toBe(faq.answer);
    }
  });

  it('copes with case, curly quotes, Unicode hyphens and typos', () => {
    expect(answerId(matcher.match('WHAT’S SELF‑COMPASSION'))).toBe('self-compassion');
    expect(answerId(matcher.match('what is neuroplastcity'))).toBe('neuroplasticity');
    expect(answerId(matcher.match('who was barbra mcclintock'))).toBe('mcclintock');
  });

  it('mends a slip inside a compound the content closes up', () => {
    expect(answerId(matcher.match('what is self compasion'))).toBe('self-compassion');
  });

  it('reads a question that points back together with the topic before it, not the story around it', () => {
    expect(['perfectionism', 'perfectionism-procrastination']).toContain(answerId(matcher.match('My manager says I am too much of a perfectionist. Is that bad?')));
    expect(answerId(matcher.match('my therapist mentioned cbt, what is it exactly'))).toBe('cbt');
  });

  it('does not let one known topic word carry a question about something else', () => {
    for (const text of ['is dopamine a supplement', 'what is a mindfulness retreat']) expect(matcher.match(text).kind).toBe('none');
  });

  it('says none for a fact several entries share, asked about on its own', () => {
    expect(matcher.match('tell me about the nobel prize').kind).toBe('none');
    expect(answerId(matcher.match('which nobel laureate was a mathematician'))).toBe('nash');
  });

  it('says none for off-topic questions and empty text', () => {
    for (const text of ['what is the weather in Leeds', 'best pizza near me', 'how do I change my password', 'what’s your name', '', '???']) {
      expect(matcher.match(text).kind).toBe('none');
    }
  });

  it('asks which one when two entries are equally close', () => {
    const twins = new FaqMatcher([entry('a', 'What is resilience training?'), entry('b', 'What is resilience coaching?')]);
    const match = twins.match('resilience');
    expect(match.kind).toBe('clarify');
    if (match.kind === 'clarify') expect(match.candidates.map((c) => c.id).sort()).toEqual(['a', 'b']);
  });

  it('answers without asking when one entry clearly wins', () => {
    const twins = new FaqMatcher([entry('a', 'What is resilience training?'), entry('b', 'What is resilience coaching?')]);
    expect(answerId(twins.match('tell me about resilience training'))).toBe('a');
  });

  it('honours the threshold it is given', () => {
    const strict = new FaqMatcher(entries, { ...DEFAULT_FAQ_OPTIONS, threshold: 1.01 });
    expect(strict.match('what is a growth mindset').kind).toBe('none');
  });

  it('honours the margin it is given', () => {
    const cautious = new FaqMatcher(entries, { threshold: DEFAULT_FAQ_OPTIONS.threshold, margin: 1 });
    expect(cautious.match('what is a growth mindset').kind).toBe('clarify');
  });

  it('scores between 0 and 1, best first', () => {
    const ranked = matcher.rank('how does dopamine help you learn from mistakes');
    expect(ranked[0].entry.id).toBe('dopamine');
    expect(ranked[0].score).toBeLessThanOrEqual(1);
    expect(ranked[0].score).toBeGreaterThanOrEqual(ranked[1].score);
  });

  it('reads the question sentence on its own when context comes first', () => {
    const text = "I failed my driving test again today and honestly I'm gutted. How do I stop feeling rubbish?";
    expect(answerId(matcher.match(text))).toBe('feel-bad');
    expect(matcher.match('I messed up at work today. Anyway, who won the football?').kind).toBe('none');
  });

  it('tells "who" questions from "what" questions that share topic words', () => {
    expect(answerId(matcher.match('who came up with growth mindset'))).toBe('carol-dweck');
    expect(answerId(matcher.match('growth mindset explained simply'))).toBe('growth-mindset');
  });

  it('answers an entry’s id said as a topic', () => {
    const labelled = new FaqMatcher([entry('resilience-training', 'How do I build grit?'), entry('coaching', 'What is resilience?')]);
    expect(answerId(labelled.match('resilience training?'))).toBe('resilience-training');
  });

  it('still scores a query made only of words most entries share', () => {
    const common = new FaqMatcher([
      entry('a', 'How does resilience build grit?'),
      entry('b', 'How does resilience coaching help?'),
      entry('c', 'Why is resilience training useful?'),
    ]);
    expect(answerId(common.match('resilience coaching'))).toBe('b');
    expect(common.rank('resilience').length).toBe(2);
  });

  it('lists and looks up entries by id', () => {
    expect(matcher.list().map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(matcher.get('cbt')?.question).toMatch(/CBT/);
    expect(matcher.get('nope')).toBeUndefined();
  });

  it('has defaults within sensible bounds', () => {
    expect(DEFAULT_FAQ_OPTIONS.threshold).toBeGreaterThan(0);
    expect(DEFAULT_FAQ_OPTIONS.threshold).toBeLessThan(1);
    expect(DEFAULT_FAQ_OPTIONS.margin).toBeGreaterThan(0);
  });
});
