import type { Say, StepExpectation } from '../../dialogs/types';
import type { QuestionAnswerer } from '../understanding/interpreter';
import type { FaqMatcher } from './matcher';
import { classifyMessage } from './questionOrAnswer';
import type { FaqMatch } from './types';

export const FAQ_CHOICE_PREFIX = 'faq.';

const choiceOf = (id: string): string => `${FAQ_CHOICE_PREFIX}${id}`;

/** Longer messages are answers or stories, not questions; matching them would only cost time (and memory on long words). */
const MAX_QUESTION_CHARS = 400;

/** Related questions offered as buttons after an answer. */
const RELATED_SHOWN = 2;

/** The FAQ as the conversation sees it: questions in, article answers out, as lines to say. */
export class FaqAnswerer implements QuestionAnswerer {
  constructor(private readonly matcher: FaqMatcher) {}

  list(): Say[] {
    return [{ key: 'faq.list', choices: this.matcher.list().map((entry) => choiceOf(entry.id)) }];
  }

  answer(text: string, expects: StepExpectation): Say[] | undefined {
    if (text.length > MAX_QUESTION_CHARS) return undefined;
    const result = classifyMessage(text, expects, this.matcher);
    return result.kind === 'question' ? this.says(result.match) : undefined;
  }

  find(text: string): Say[] | undefined {
    if (text.length > MAX_QUESTION_CHARS) return undefined;
    const match = this.matcher.match(text);
    return match.kind === 'none' ? undefined : this.says(match);
  }

  none(): Say[] {
    return this.says({ kind: 'none' });
  }

  /** A question picked by button (a related question, or one offered by "Did you mean…?"). */
  byChoice(choice: string): Say[] | undefined {
    if (!choice.startsWith(FAQ_CHOICE_PREFIX)) return undefined;
    const entry = this.matcher.get(choice.slice(FAQ_CHOICE_PREFIX.length));
    return entry ? this.says({ kind: 'answer', entry, score: 1 }) : undefined;
  }

  private says(match: FaqMatch): Say[] {
    switch (match.kind) {
      case 'answer':
        return [{ key: 'faq.answer', params: { id: match.entry.id }, choices: match.entry.related.slice(0, RELATED_SHOWN).map(choiceOf) }];
      case 'clarify':
        return [{ key: 'faq.clarify', choices: match.candidates.map((entry) => choiceOf(entry.id)) }];
      case 'none':
        return [{ key: 'faq.none', choices: ['cmd.menu', 'cmd.human'] }];
    }
  }
}
