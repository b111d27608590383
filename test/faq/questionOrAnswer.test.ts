import { createUnderstanding } from '../../src/understanding/createUnderstanding';
import { FaqMatcher } from '../../src/faq/matcher';
import type { StepExpectation } from '../../dialogs/types';
import { classifyMessage } from '../../src/faq/questionOrAnswer';
import { readsAsQuestion } from '../../src/faq/readsAsQuestion';

// The matcher the app runs: the token index with the trained ranker.
const matcher = createUnderstanding().faq;
const GUIDED: StepExpectation[] = ['text', 'rating'];
const IDLE: StepExpectation[] = ['choice', 'none'];

const STEP_ANSWERS = [
  'I felt ashamed',
  'I failed my driving test',
  'my boss said my work was sloppy',
  '7',
  "I'm a failure",
  'I’m a perfectionist',
  'I felt bad after my mistake',
  'I was scared of failing',
  'I made a mistake at work and everyone saw',
  'I think I need to be kinder to myself',
  'dopamine probably, I was buzzing',
  'How embarrassing, I forgot everything',
  'what is the point, I always mess up',
  'Why me?',
  '10/10 awful',
];

describe('classifyMessage inside a guided step', () => {
  it('treats statements about the person as answers (text)', () => {
    for (const text of STEP_ANSWERS) expect(classifyMessage(text, 'text', matcher)).toEqual({ kind: 'answer' });
  });

  it('treats statements as answers where a rating is asked too, but anything that reads as a question as one', () => {
    for (const text of STEP_ANSWERS) {
      expect(classifyMessage(text, 'rating', matcher).kind).toBe(readsAsQuestion(text) ? 'question' : 'answer');
    }
  });

  it.each(GUIDED)('takes real questions about the article as questions (%s)', (expects) => {
    const cases: Array<[string, string]> = [
      ["wait, what's a growth mindset?", 'growth-mindset'],
      ['what is CBT', 'cbt'],
      ['tell me about self-compassion', 'self-compassion'],
      ['explain neuroplasticity', 'neuroplasticity'],
      ['is it true that dopamine is released when you fail', 'dopamine'],
      ['hang on, who was John Nash', 'nash'],
      ['how do I stop feeling bad after a mistake', 'feel-bad'],
    ];
    for (const [text, id] of cases) {
      const result = classifyMessage(text, expects, matcher);
      expect(result.kind).toBe('question');
      if (result.kind === 'question') expect(result.match.kind === 'answer' && result.match.entry.id).toBe(id);
    }
  });

  it('treats a question the FAQ cannot answer as an answer to a step that asks for words', () => {
    for (const text of ['what will my boss think?', 'why does this always happen to me?', 'how do I tell my mum?']) {
      expect(classifyMessage(text, 'text', matcher)).toEqual({ kind: 'answer' });
    }
  });

  it('where a rating is asked, such a question is a question with no answer, since only a number answers there', () => {
    for (const text of ['what will my boss think?', 'how do I tell my mum?']) {
      expect(classifyMessage(text, 'rating', matcher)).toEqual({ kind: 'question', match: { kind: 'none' } });
    }
  });

  it('passes a clarification through as a question', () => {
    const twins = new FaqMatcher([
      { id: 'a', question: 'What is resilience training?', section: 'S', answer: 'A.', alternates: [], related: [], source: 'article' },
      { id: 'b', question: 'What is resilience coaching?', section: 'S', answer: 'B.', alternates: [], related: [], source: 'article' },
    ]);
    const result = classifyMessage('what is resilience?', 'text', twins);
    expect(result.kind === 'question' && result.match.kind).toBe('clarify');
  });
});

describe('classifyMessage at a menu or idle moment', () => {
  it.each(IDLE)('returns the matcher’s result for any text, none included (%s)', (expects) => {
    expect(classifyMessage('my cat is orange', expects, matcher)).toEqual({ kind: 'question', match: { kind: 'none' } });
    const result = classifyMessage('growth mindset', expects, matcher);
    expect(result.kind === 'question' && result.match.kind === 'answer' && result.match.entry.id).toBe('growth-mindset');
    expect(classifyMessage('pizza', expects, matcher)).toEqual({ kind: 'question', match: { kind: 'none' } });
  });

  it.each(IDLE)('leaves empty text alone (%s)', (expects) => {
    for (const text of ['', '   ', '?!']) expect(classifyMessage(text, expects, matcher)).toEqual({ kind: 'answer' });
  });
});

describe('readsAsQuestion', () => {
  it('spots question marks, wh-words and asking phrases', () => {
    for (const text of ['growth mindset?', 'what’s CBT', 'whats cbt', 'How do I cope', 'tell me about Nash', 'explain mindfulness', 'wait, what is dopamine', 'is it true that failure helps', 'who was McClintock']) {
      expect(readsAsQuestion(text)).toBe(true);
    }
  });
  it('does not take statements for questions', () => {
    for (const text of ['I felt ashamed', '7', "I'm a failure", 'my boss said my work was sloppy', 'somewhat anxious', 'whatever']) {
      expect(readsAsQuestion(text)).toBe(false);
    }
  });
});
