import type { Prompt } from '../../dialogs/prompts';
import type { BounceBackEvent, Say, StepExpectation } from '../../dialogs/types';
import { choiceForLabel } from '../content/copy';
import type { TurnInput } from '../conversation/turnInput';
import { commandFor, commandForChoice } from './commands';
import { contactFormEvent } from './contactForm';
import { isUsableText } from './usableText';

/** Answers questions from the article; undefined means "this was not a question". */
export interface QuestionAnswerer {
  list(): Say[];
  answer(text: string, expects: StepExpectation): Say[] | undefined;
}

/** Turns an incoming turn into the one event the conversation machine receives. */
export class Interpreter {
  constructor(private readonly questions?: QuestionAnswerer) {}

  interpret(input: TurnInput, prompt: Prompt): BounceBackEvent {
    if (input.kind === 'join') return { type: 'GREET' };
    const text = input.text.trim();
    if (!text) return this.fromValue(input.value, prompt);
    if (!isUsableText(text)) return { type: 'UNUSABLE' };
    const command = commandFor(text);
    if (command) return command;
    const choice = choiceForLabel(text, [...prompt.choices, 'cmd.faq', 'cmd.menu', 'cmd.stop']);
    if (choice) return this.fromChoice(choice, prompt);
    const answered = this.questions?.answer(text, prompt.expects);
    if (answered) return { type: 'INFO', says: answered };
    return { type: 'TEXT', text };
  }

  /** Card submits and postbacks: untrusted, so only a choice the current step offers is taken. */
  private fromValue(value: unknown, prompt: Prompt): BounceBackEvent {
    const form = contactFormEvent(value, prompt);
    if (form) return form;
    const choice = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).choice : undefined;
    if (typeof choice === 'string' && (prompt.choices.includes(choice) || commandForChoice(choice) || choice === 'cmd.faq')) {
      return this.fromChoice(choice, prompt);
    }
    return { type: 'UNUSABLE' };
  }

  private fromChoice(id: string, prompt: Prompt): BounceBackEvent {
    const command = commandForChoice(id);
    if (command) return command;
    if (id === 'cmd.faq' && this.questions) return { type: 'INFO', says: this.questions.list() };
    if (!prompt.choices.includes(id)) return { type: 'UNUSABLE' };
    return { type: 'CHOICE', id };
  }
}
