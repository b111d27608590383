import { loadConfig } from '../../src/config/config';

describe('UNANSWERED_QUESTIONS', () => {
  it('is on unless set to off', () => {
    expect(loadConfig({}).unansweredQuestions).toBe(true);
    expect(loadConfig({ UNANSWERED_QUESTIONS: 'on' }).unansweredQuestions).toBe(true);
    expect(loadConfig({ UNANSWERED_QUESTIONS: ' Off ' }).unansweredQuestions).toBe(false);
  });

  it('stops on any other value with one line naming the variable', () => {
    expect(() => loadConfig({ UNANSWERED_QUESTIONS: 'no' })).toThrow(/^Invalid configuration: UNANSWERED_QUESTIONS must be one of on, off \(got "no"\)$/);
  });
});
