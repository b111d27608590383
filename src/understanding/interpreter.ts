import type { BounceBackEvent, HarmKind, Interpretation, Prompt, Say, StepExpectation } from '../../dialogs/types';
import { choiceForLabel } from './choiceForLabel';
import type { ReadingEffect } from '../conversation/effects';
import type { TurnInput } from '../conversation/turnInput';
import { readsAsQuestion } from '../faq/readsAsQuestion';
import type { Intent } from '../language/intentCorpus';
import type { IntentReader, IntentReading } from '../language/intentReader';
import { plainText, plainWords } from '../language/normalise';
import { parseRating } from '../../dialogs/rating';
import { tellsRatherThanAsks } from '../language/tellsRatherThanAsks';
import { asksAboutTheStep } from '../language/asksAboutTheStep';
import { inCriticVoice, neverACommand, openingCommand } from '../language/commandOpenings';
import { namesTime } from '../language/namesTime';
import { commandForChoice, stopsGoalChecks } from './commands';
import { contactFormEvent } from './contactForm';
import { isUsableText } from './usableText';

/** Answers questions from the article. */
export interface QuestionAnswerer {
  list(): Say[];
  /** The answer (or "did you mean…?") for a message inside a step; undefined means "this was not a question". */
  answer(text: string, expects: StepExpectation): Say[] | undefined;
  /** The answer or clarification for a message that may be a question, or undefined when the article has none. */
  find(text: string): Say[] | undefined;
  /** What is said when a question has no answer in the article. */
  none(): Say[];
  /** The answer for a question button; undefined when the choice is not a question. */
  byChoice(choice: string): Say[] | undefined;
}

/** What the safety net found in a message: clear risk, or possible risk that calls for a direct check-in. */
export interface RiskReading {
  tier: 'clear' | 'possible';
  kind: HarmKind;
}

/** Reads every text a turn carries for risk, and picks the region whose helplines fit the person. */
export interface SafetyCheck {
  /** `step.asksTime`: the step asks when, so a time given is expected there. */
  assess(texts: readonly string[], step?: { asksTime?: boolean }): RiskReading | undefined;
  regionFor(locale: string | undefined): string;
}

/** What a person who typed a question was told: the article's answer, "Did you mean…?", or that it has none. */
export type FaqOutcome = 'answered' | 'clarified' | 'unanswered';

/**
 * Told as the interpreter decides, so a turn retried after a write conflict (two turns of one conversation at once)
 * is read, and told of, again.
 */
export interface FaqObserver {
  faqLookup(outcome: FaqOutcome): void;
}

const UNOBSERVED_FAQ: FaqObserver = { faqLookup: () => undefined };

/** The line an answerer's reply opens with (src/faq/faqAnswerer.ts) says which it was. */
const FAQ_OUTCOMES: Readonly<Record<string, FaqOutcome>> = { 'faq.answer': 'answered', 'faq.clarify': 'clarified', 'faq.none': 'unanswered' };

/** How sure the classifier must be before a typed command is acted on where the bot offers a choice (the menu). */
const MENU_CONFIDENCE = 0.5;
/** Below this, at the menu, the nearest corpus line's intent is taken over the network's when they differ. */
const MENU_SECOND_OPINION = 0.8;
/**
 * Inside a step that asks for words, only a confident command interrupts, and only when the nearest corpus line agrees
 * with the classifier: the rest is the person's answer ("you can start again tomorrow" is kind words, not "start over").
 */
const STEP_CONFIDENCE = 0.8;
/** …or when the classifier alone is all but certain. */
const STEP_CERTAIN = 0.98;
const STEP_COMMAND_MAX_WORDS = 16;
/** A request for a person that is likely but not sure gets "Did you want someone from the practice to contact you?". */
const UNSURE_HUMAN = 0.35;

const COMMANDS: Partial<Record<Intent, BounceBackEvent>> = {
  human: { type: 'HANDOFF' },
  delete_data: { type: 'DELETE_DATA' },
  what_stored: { type: 'SHOW_DATA' },
  stop: { type: 'STOP' },
  help: { type: 'HELP' },
  back: { type: 'BACK' },
  start_over: { type: 'START_OVER' },
  menu: { type: 'MENU' },
};

const RATING_PREFIX = 'rating.';

/** The longest message taken as an answer, a story or a question; it keeps a conversation's stored state small. */
export const MAX_MESSAGE_CHARS = 1000;

/** Steps where a story told is a setback to work through, not an answer to anything. */
const STORY_STEPS = new Set(['menu', 'idle', 'offer']);
/** Where words are never the answer to a step (nor contact details): only there is a question the FAQ cannot answer kept. */
const QUESTION_KEEPING_STEPS = new Set(['menu', 'idle', 'offer']);
/** A message that opens with a command's own words is that command when the classifier is this sure of it. */
const OPENER_CONFIDENCE = 0.6;
/** The inner critic's step: its own questions there are the answer. */
const CRITIC_STEP = 'reframe.thought';
/** The reframe's own steps, which can say what they are for when asked. */
const REFRAME_STEP = /^reframe\./;

/** Where the person already is in crisis support: possible risk is not asked about again, it is talked through there. */
const SUPPORT_STEPS = /^(support\.|checkIn$)/;

/** Every string a message carries, typed or inside card values, for the safety check. */
function allText(input: Extract<TurnInput, { kind: 'message' }>): string[] {
  const values = typeof input.value === 'object' && input.value !== null ? Object.values(input.value as Record<string, unknown>) : [];
  return [input.text, ...values.filter((value): value is string => typeof value === 'string')];
}

/** A turn as read: the event, and what the reading itself asks to be done (keep a question the FAQ had no answer for). */
export interface Reading { event: Interpretation; effects: ReadingEffect[] }

/** Turns an incoming turn into the one event the conversation machine receives. */
export class Interpreter {
  constructor(
    private readonly safety: SafetyCheck,
    private readonly questions: QuestionAnswerer,
    private readonly language: IntentReader,
    private readonly faqObserver: FaqObserver = UNOBSERVED_FAQ,
  ) {}

  /** The event alone, as the evals and the model tests read a turn. */
  interpret(input: TurnInput, prompt: Prompt): Interpretation {
    return this.read(input, prompt).event;
  }

  /** The event, and the effects the reading asks for; the engine runs them with the machine's. */
  read(input: TurnInput, prompt: Prompt): Reading {
    const effects: ReadingEffect[] = [];
    const event = this.eventFor(input, prompt, effects);
    // A rating carries where the person is: a feeling that rose at the close is met with their region's helpline.
    const located = event.type === 'TEXT' && prompt.expects === 'rating' && input.kind === 'message'
      ? { ...event, region: this.safety.regionFor(input.locale) }
      : event;
    return { event: located, effects };
  }

  private eventFor(input: TurnInput, prompt: Prompt, effects: ReadingEffect[]): Interpretation {
    if (input.kind === 'join') return { type: 'GREET' };
    if (input.kind === 'goalCheckDue') return { type: 'goalCheck.due', goal: input.goal };
    // Safety comes first, in every state and ahead of commands and questions.
    const risk = this.safety.assess(allText(input), { asksTime: prompt.asksTime });
    if (risk?.tier === 'clear') return { type: 'CRISIS', region: this.safety.regionFor(input.locale), kind: risk.kind };
    if (risk && !SUPPORT_STEPS.test(prompt.step)) return { type: 'CHECK_IN', region: this.safety.regionFor(input.locale), kind: risk.kind };
    const text = input.text.trim();
    if (!text) return this.fromValue(input.value, prompt);
    if (!isUsableText(text)) return { type: 'UNUSABLE' };
    // After the safety check, which reads every word: a longer message is asked for again, shorter, and nothing is kept.
    if (text.length > MAX_MESSAGE_CHARS) return { type: 'INFO', says: [{ key: 'global.tooLong', params: { max: MAX_MESSAGE_CHARS.toLocaleString('en-GB') } }] };
    const choice = choiceForLabel(text, [...prompt.choices, 'cmd.faq', 'cmd.menu', 'cmd.stop', 'cmd.human']);
    if (choice) return this.fromChoice(choice, prompt);
    if (stopsGoalChecks(plainText(text))) return { type: 'goalCheck.stop' };
    const reading = this.language.read(text);
    // A command word for word ("delete my data") is that command even where yes or no is asked: it is never a "no".
    const exactCommand = reading.exact ? this.commandFor(reading, prompt) : undefined;
    if (exactCommand) return exactCommand;
    const reply = prompt.yesNo ? this.language.yesNo(text) : 'unclear';
    if (reply !== 'unclear' && prompt.yesNo?.[reply]) return { type: 'CHOICE', id: prompt.yesNo[reply]! };
    const went = prompt.progress ? this.language.progress(text) : 'unclear';
    if (went !== 'unclear' && prompt.progress) return { type: 'CHOICE', id: prompt.progress[went] };
    // Nothing the safety net read anything in is kept, in support too, where possible risk does not ask again.
    return prompt.expects === 'choice' ? this.atChoice(text, reading, prompt, risk ? undefined : effects) : this.inStep(text, reading, prompt);
  }

  /** Where the bot offers choices (the menu, a pause): any words are a request, a question or a story. */
  private atChoice(text: string, given: IntentReading, prompt: Prompt, effects: ReadingEffect[] | undefined): Interpretation {
    // Where the network is unsure and the nearest corpus line says otherwise, the nearest line is the better guess.
    // A question the network reads as one keeps its question mark's word: "how much does therapy cost?" is not "is this therapy".
    const asked = given.intent === 'question' && text.trim().endsWith('?');
    const overruled = given.score < MENU_SECOND_OPINION && given.nearest !== 'None' && given.nearest !== given.intent && !asked;
    const reading = overruled ? { ...given, intent: given.nearest } : given;
    const command = this.commandFor(reading, prompt);
    if (command && reading.score >= MENU_CONFIDENCE) return command;
    if ((given.intent === 'human' || given.nearest === 'human') && given.score >= UNSURE_HUMAN) return { type: 'UNSURE_HANDOFF' };
    const found = this.questions.find(text);
    if (reading.intent === 'question' && found) return this.asked(found);
    if (STORY_STEPS.has(prompt.step) && (reading.intent === 'story' || reading.intent === 'answer')) return { type: 'STORY', text };
    if (found) return this.asked(found);
    if (effects && QUESTION_KEEPING_STEPS.has(prompt.step) && readsAsQuestion(text)) effects.push({ kind: 'recordUnansweredQuestion', text });
    if (reading.intent === 'question') return this.asked(this.questions.none());
    return this.typed(text);
  }

  /** Inside a step that asks for words: an answer, unless it is plainly a command or a question the article answers. */
  private inStep(text: string, given: IntentReading, prompt: Prompt): Interpretation {
    const plain = plainText(text);
    // "What counts as a 10?", "does it matter if…": about the step itself, so never a command, and never the answer.
    const aboutStep = REFRAME_STEP.test(prompt.step) && asksAboutTheStep(text);
    // A number is the answer where a rating is asked ("about a seven", "7/10"), and details are details in the contact form.
    if (prompt.expects === 'rating' && !aboutStep && parseRating(text) !== undefined) return this.typed(text);
    if (prompt.asksTime && namesTime(text)) return this.typed(text);
    const details = prompt.step.startsWith('handoff.');
    // Opening with the command's own words ("go back, I want to change it"), the nearest corpus line may name it.
    const opener = openingCommand(plain);
    const reading = opener && given.nearest === opener && given.intent !== opener ? { ...given, intent: opener } : given;
    const command = this.commandFor(reading, prompt);
    const length = plainWords(text).length;
    // One word that is not itself a command ("very") says too little to leave a step on.
    const short = length >= 2 && length <= STEP_COMMAND_MAX_WORDS;
    const sure = reading.score >= STEP_CERTAIN || (reading.nearest === reading.intent && reading.score >= STEP_CONFIDENCE) || (opener === reading.intent && reading.score >= OPENER_CONFIDENCE);
    // Telling what happened ("they booked a follow-up", "I wobbled on one question") is the step's answer, not a request.
    const tells = !reading.exact && tellsRatherThanAsks(reading.intent, plain);
    const asks = aboutStep || neverACommand(plain);
    if (command && !tells && (reading.exact || (!details && short && sure && !asks))) return command;
    if (reading.intent === 'human' && !tells && !asks && length <= STEP_COMMAND_MAX_WORDS && reading.score >= UNSURE_HUMAN && !details) return { type: 'UNSURE_HANDOFF' };
    if (prompt.step === CRITIC_STEP && inCriticVoice(plain)) return this.typed(text);
    if (aboutStep) return { type: 'INFO', says: [{ key: `steps.${prompt.step}.explain` }] };
    const answered = this.questions.answer(text, prompt.expects);
    if (answered) return this.asked(answered);
    return this.typed(text);
  }

  /** What the article has for a question the person typed; the observer is told which it was. */
  private asked(says: Say[]): Interpretation {
    const outcome = FAQ_OUTCOMES[says[0]?.key ?? ''];
    if (outcome) this.faqObserver.faqLookup(outcome);
    return { type: 'INFO', says };
  }

  private commandFor(reading: IntentReading, prompt: Prompt): Interpretation | undefined {
    if (reading.intent === 'faq_list') return { type: 'INFO', says: this.questions.list() };
    if (reading.intent === 'greet') return reading.exact ? { type: 'GREET' } : undefined;
    if (reading.intent === 'reframe' && prompt.expects === 'choice') {
      const start = ['reframe.resume', 'reframe.start'].find((id) => prompt.choices.includes(id));
      return start ? { type: 'CHOICE', id: start } : undefined;
    }
    return reading.intent === 'None' ? undefined : COMMANDS[reading.intent];
  }

  private typed(text: string): BounceBackEvent {
    return { type: 'TEXT', text, plain: plainText(text) };
  }

  /** Card submits and postbacks: untrusted, so only a choice the current step offers is taken. */
  private fromValue(value: unknown, prompt: Prompt): Interpretation {
    const form = contactFormEvent(value, prompt);
    if (form) return form;
    const choice = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).choice : undefined;
    if (typeof choice !== 'string') return { type: 'UNUSABLE' };
    const answered = this.questions.byChoice(choice);
    if (answered) return { type: 'INFO', says: answered };
    return this.fromChoice(choice, prompt);
  }

  private fromChoice(id: string, prompt: Prompt): Interpretation {
    const command = commandForChoice(id);
    if (command) return command;
    if (id === 'cmd.faq') return { type: 'INFO', says: this.questions.list() };
    if (!prompt.choices.includes(id)) return { type: 'UNUSABLE' };
    // A tapped rating is the same answer as the number typed.
    if (id.startsWith(RATING_PREFIX)) return this.typed(id.slice(RATING_PREFIX.length));
    return { type: 'CHOICE', id };
  }
}
