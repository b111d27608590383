import { normaliseText } from '../language/normalise';

// How a message opens when it asks rather than tells. Checked on normalised text (apostrophes closed up: "whats").
const QUESTION_OPENINGS =
  /^(?:(?:wait|hang on|sorry|ok|okay|so|um|hmm)\s+)*(?:what|whats|why|how|who|whos|where|which|when|is it true|tell me about|tell me more about|explain|can you explain|could you explain|do you know|does|do|is|are|can|could|should|define|whats the)\b/;

export function readsAsQuestion(text: string): boolean {
  return text.includes('?') || opensAsQuestion(text);
}

/** Opens the way a question does ("why does…", "is there…", "tell me about…"), question mark or not. */
export function opensAsQuestion(text: string): boolean {
  return QUESTION_OPENINGS.test(normaliseText(text));
}
