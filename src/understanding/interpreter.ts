import type { Prompt } from '../../dialogs/prompts';
import type { BounceBackEvent, Say, StepExpectation } from '../../dialogs/types';
import { choiceForLabel } from '../content/copy';
import type { TurnInput } from '../conversation/turnInput';
import { asksForQuestionList, commandFor, commandForChoice } from './commands';
import { contactFormEvent } from './contactForm';
import { isUsableText } from './usableText';

/** Answers questions from the article; undefined means "this was not a question". */
export interface QuestionAnswerer {
  list(): Say[];
  answer(text: string, expects: StepExpectation): Say[] | undefined;
  /** The answer for a question button; undefined when the choice is not a question. */
  byChoice(choice: string): Say[] | undefined;
}

/** Decides whether a message is crisis language, and which region's helplines fit the person. */
export interface CrisisCheck {
  isCrisis(text: string): boolean;
  regionFor(locale: string | undefined): string;
}

/** Every string a message carries, typed or inside card values, for the crisis check. */
function allText(input: Extract<TurnInput, { kind: 'message' }>): string[] {
  const values = typeof input.value === 'object' && input.value !== null ? Object.values(input.value as Record<string, unknown>) : [];
  return [input.text, ...values.filter((value): value is string => typeof value === 'string')];
}

/** Turns an incoming turn into the one event the conversation machine receives. */
export class Interpreter {
  constructor(private readonly crisis: CrisisCheck, private readonly questions: QuestionAnswerer) {}

  interpret(input: TurnInput, prompt: Prompt): BounceBackEvent {
    if (input.kind === 'join') return { type: 'GREET' };
    // Safety comes first, in every state and ahead of commands and questions.
    if (allText(input).some((text) => this.crisis.isCrisis(text))) return { type: 'CRISIS', region: this.crisis.regionFor(input.locale) };
    const text = input.text.trim();
    if (!text) return this.fromValue(input.value, prompt);
    if (!isUsableText(text)) return { type: 'UNUSABLE' };
    const command = commandFor(text);
    if (command) return command;
    if (asksForQuestionList(text)) return { type: 'INFO', says: this.questions.list() };
    const choice = choiceForLabel(text, [...prompt.choices, 'cmd.faq', 'cmd.menu', 'cmd.stop']);
    if (choice) return this.fromChoice(choice, prompt);
    const answered = this.questions.answer(text, prompt.expects);
    if (answered) return { type: 'INFO', says: answered };
    return { type: 'TEXT', text };
  }

  /** Card submits and postbacks: untrusted, so only a choice the current step offers is taken. */
  private fromValue(value: unknown, prompt: Prompt): BounceBackEvent {
    const form = contactFormEvent(value, prompt);
    if (form) return form;
    const choice = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).choice : undefined;
    if (typeof choice !== 'string') return { type: 'UNUSABLE' };
    const answered = this.questions.byChoice(choice);
    if (answered) return { type: 'INFO', says: answered };
    return this.fromChoice(choice, prompt);
  }

  private fromChoice(id: string, prompt: Prompt): BounceBackEvent {
    const command = commandForChoice(id);
    if (command) return command;
    if (id === 'cmd.faq') return { type: 'INFO', says: this.questions.list() };
    if (!prompt.choices.includes(id)) return { type: 'UNUSABLE' };
    return { type: 'CHOICE', id };
  }
}
