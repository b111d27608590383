/** A parameter that is one of our own buttons, shown by that button's label; any other parameter is shown as given. */
export interface ChoiceParam { choice: string }

/** Something to say: a content key with its parameters. Words live in content/, never here. */
export interface Say {
  key: string;
  params?: Record<string, string | number | ChoiceParam>;
  /** Buttons that belong to this message (for example, related questions after an FAQ answer). */
  choices?: string[];
}

export type StepExpectation = 'text' | 'rating' | 'choice' | 'none';

/** What the person is asked at a step: dialogs/prompts.ts derives it from the state. */
export interface Prompt extends Say {
  /** The state path, e.g. "reframe.intensity"; content keys for "where" and "need" hang off it. */
  step: string;
  expects: StepExpectation;
  choices: string[];
  /** Set where the step also takes a card form's values (the contact details form). */
  form?: 'contact';
  /** Set where the answer is a time: words that name one ("in a week") are the answer, whatever else they resemble. */
  asksTime?: true;
  /** For "How did it go?": the choice each reading of typed words stands for ("kinda" is the "Partly" button). */
  progress?: Record<'well' | 'partly' | 'notYet' | 'didntTry', string>;
  /** For a yes/no question: the choices a typed yes or no stands for ("yeah go on" is the yes button). */
  yesNo?: { yes?: string; no?: string };
}

/** The person's own words, kept only while a reframe is unfinished. */
export interface Answers {
  what?: string;
  feeling?: string;
  before?: number;
  friendWords?: string;
  selfWords?: string;
  thought?: string;
  pattern?: string;
  evidence?: string;
  balanced?: string;
  goal?: string;
  when?: string;
}

export type BounceBackEvent =
  | { type: 'GREET' }
  /**
   * Typed words; `plain` is the language layer's reading of them (folded, chat spellings expanded), for comparisons;
   * `region`, on a rating only, is where the person is, for the helpline a close may offer.
   */
  | { type: 'TEXT'; text: string; plain?: string; region?: string }
  | { type: 'CHOICE'; id: string }
  | { type: 'UNUSABLE' }
  | { type: 'MENU' }
  | { type: 'HELP' }
  | { type: 'START_OVER' }
  | { type: 'STOP' }
  | { type: 'BACK' }
  /** Clear risk, found before anything else: full support for that kind of harm; region picks the helplines (GB, US, IE). */
  | { type: 'CRISIS'; region: string; kind: HarmKind }
  /** Possible risk: a direct, caring question first. */
  | { type: 'CHECK_IN'; region: string; kind: HarmKind }
  /** A setback told in the person's own words where no step asked for it (at the menu, after a pause). */
  | { type: 'STORY'; text: string }
  /** The person may want a professional, but it was not clear enough to act on: ask first. */
  | { type: 'UNSURE_HANDOFF' }
  /** From the reframe to the root: the person went back from its first step, to the menu; the reframe waits. */
  | { type: 'reframe.left' }
  | HandoffEvent
  | PrivacyEvent
  | GoalCheckEvent;

/**
 * Side effects leave the machine as data; src/ carries them out and may answer with an event.
 * Modules add their own kinds to this union.
 */
/**
 * What the language layer makes of a turn: an event for the machine, or lines to say straight away that move nothing
 * on (an FAQ answer, the list of questions, "a shorter message, please"), after which the step's own prompt follows.
 */
export type Interpretation = BounceBackEvent | { type: 'INFO'; says: Say[] };

export type Effect = { kind: 'recordCrisis'; region: string; harm: HarmKind; tier: CrisisTier } | HandoffEffect | PrivacyEffect | GoalCheckEffect;

/** The kinds of harm the safety net tells apart (content/crisis.json has each one's words and helplines). */
export type HarmKind = 'suicidal' | 'selfHarm' | 'planOrMeans' | 'harmedByOthers' | 'childAtRisk' | 'harmToOthers';

/** How a crisis reply began: clear risk (full support at once), or a check-in the person answered. */
export type CrisisTier = 'clear' | 'checkIn';

export type Emitted = { type: 'say'; line: Say } | { type: 'effect'; effect: Effect };

// ---- Contact a professional (the handoff) and people's data ----

export type ContactField = 'name' | 'contact' | 'time' | 'note';

/** What a person agreed to share so the team can contact them. */
export interface ContactDetails {
  name: string;
  contact: string;
  contactKind: 'email' | 'phone';
  time: string;
  note?: string;
}

/** A stored contact request as the person may see it. */
export interface RequestSummary { reference: string; status: string; createdOn: string }

export type HandoffEvent =
  | { type: 'HANDOFF' }
  /** The card form: string fields as sent (unchecked), and fields whose value was not even text. */
  | { type: 'FORM'; fields: Partial<Record<ContactField, string>>; unreadable: ContactField[] }
  | { type: 'HANDOFF_SAVED'; reference: string }
  | { type: 'HANDOFF_FAILED' }
  /** From an invoked child machine (the handoff, "delete my data", crisis support, a check-in) to the root: a line to say or an effect to run, which the root emits as its own. */
  | { type: 'child.out'; out: Emitted };

/** "What do you know about me" and "delete my data", and what their effects answer. */
export type PrivacyEvent =
  | { type: 'DELETE_DATA' }
  | { type: 'SHOW_DATA' }
  | { type: 'DATA_SHOWN'; requests: RequestSummary[]; stateDays: number; requestDays: number; goalChecks: GoalCheckSummary[]; questions: number; questionDays: number }
  | { type: 'DATA_DELETED'; requests: number; alreadySent: number; goalChecks: number; questions: number };

export type HandoffEffect = { kind: 'saveContactRequest'; details: ContactDetails };

export type PrivacyEffect = { kind: 'describeData' } | { kind: 'deleteData' };

// ---- Check-ins on a learning goal ----

/** A learning goal the person agreed to be asked about, and when, as the person may see it. */
export interface GoalCheckSummary { goal: string; on: string }

/** The goal to ask about, from the end of a reframe (or a next goal after a check-in), until they say yes or no. */
export interface GoalPlan { goal: string; when?: string }

export type GoalCheckEvent =
  /** Agreed and kept: `on` is the day and time it will come, in the person's own time zone. */
  | { type: 'goalCheck.scheduled'; on: string }
  /** The time they typed could not be read as a time. */
  | { type: 'goalCheck.timeUnclear' }
  /** The check-in is due: asked now, unless the person is in the middle of something. */
  | { type: 'goalCheck.due'; goal: string }
  /** "stop check-ins", and what its effect answers. */
  | { type: 'goalCheck.stop' }
  /** `quiet`: the person was just asked a check-in, and "no more check-ins" has been said; only others cancelled are told. */
  | { type: 'goalCheck.stopped'; cancelled: number; quiet?: boolean };

export type GoalCheckEffect =
  /** `when` is the person's words for the time; `strict` means words that are not a time are asked again, not defaulted. */
  | { kind: 'scheduleGoalCheck'; goal: string; when?: string; strict: boolean }
  /** The due check-in was asked: the channel may mark it sent. */
  | { kind: 'goalCheckAsked' }
  | { kind: 'cancelGoalChecks'; quiet: boolean };
