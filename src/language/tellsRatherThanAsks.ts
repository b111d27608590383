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

export function tellsRatherThanAsks(intent: Intent | 'None', plain: string): boolean {
  const asking = intent === 'None' ? undefined : ASKING[intent];
  return asking !== undefined && !asking.test(plain);
}
