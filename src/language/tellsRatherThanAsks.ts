import type { Intent } from './intentCorpus';

/**
 * Words that ask for a person ("can I", "I'd like", "please", "someone", "a therapist") or for the list of questions
 * ("which", "show me", "what can you answer"). Inside a reframe step a message with none of them tells what happened
 * ("the client booked a follow-up", "I wobbled on one question"), however much it sounds like the request.
 */
const ASKING: Partial<Record<Intent, RegExp>> = {
  human: /\b(can|could|would|will|want|wanna|like|need|please|pls|plz|how|is there|are there|do you|get me|put me|let me|book me|me in|call me|ring me|phone me|contact me|email me|someone|somebody|anyone|real|human|person|people|therapists?|counsell?ors?|psychologists?|professionals?|practice|staff|team|agent|appointment|session)\b/,
  faq_list: /\b(what|which|show|list|see|can|could|give|tell|faqs?|options|topics|answer|answers|ask|please|pls|plz|more)\b/,
};

/**
 * A command word used of something else in the person's life: starting the year again, stopping procrastinating,
 * getting back into running, deleting a file at work. Inside a step that is the answer, not a request to the bot.
 */
const OF_SOMETHING_ELSE: Partial<Record<Intent, RegExp>> = {
  start_over: /\b(?:start|restart|begin)(?:ed|ing|s)? (?:the (?:whole )?(?!chat|conversation|exercise|steps?|reframe|thing|beginning|questions?)[a-z]+|my|a new|[a-z]+ing)\b/,
  stop: /\bstop(?:ped|ping|s)? (?!talking|chatting|messaging|this|it|now|please|here|for now)[a-z]+ing\b/,
  back: /\b(?:get|got|getting|gets) back\b|\bback (?:into|on (?:track|my feet)|to (?:work|school|uni|college|running|the gym|normal|my (?!answer|last)))\b/,
  delete_data: /\b(?:tried to|accidentally|by mistake) (?:delete|wipe|erase)|\b(?:deleted|wiped|erased) (?:the|a|an|one|all the|my (?!data|details|messages|chat))\b/,
};

/** Kind words to a friend or to oneself ("you can always start again"): said to them, not asked of the bot. */
const KIND_WORDS = /^(?:and |but |honestly |just )?(?:you|youre|youll|youve) (?:can|could|will|ll|should|might|are|did|have|tried)\b/;

export function tellsRatherThanAsks(intent: Intent | 'None', plain: string): boolean {
  if (intent === 'None') return false;
  const asking = ASKING[intent];
  if (asking !== undefined && !asking.test(plain)) return true;
  // "I can stop treating one result as my worth" reads as any of these commands to a classifier: each pattern is checked.
  return intent in OF_SOMETHING_ELSE && (Object.values(OF_SOMETHING_ELSE).some((pattern) => pattern.test(plain)) || KIND_WORDS.test(plain));
}
