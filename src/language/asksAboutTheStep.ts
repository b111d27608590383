import { plainText } from './normalise';

/**
 * How a question about the exercise itself opens: what a step needs, whether something counts, why it is asked
 * ("do I have to say it out loud?", "what counts as a 10?", "why do you need a number?"). The inner critic's questions
 * ("what is wrong with you?") and questions about the article's topics open otherwise.
 */
const ABOUT_THE_STEP = new RegExp(
  '^(?:(?:wait|hang on|sorry|ok|okay|so|um|hmm|but|and|actually|quick question)\\s+)*(?:' +
    [
      'do i (?:have|need) to', 'does it (?:have to|need to|matter|count|help)', 'does (?:that|this) (?:count|matter|work)',
      'can (?:it|i) (?:just )?(?:be|say|write|skip|put|use|answer|leave|type|pick|choose|keep)', 'should i',
      'what if i (?:[a-z]+ )?(?:cant|dont|have no|get it wrong|skip|miss|forget|wouldnt|couldnt|am not|fail)',
      'what (?:counts|do you mean|does (?:that|this|it) mean|should i|do i (?:say|write|put|do))',
      'how (?:much|long|many|detailed|specific)', 'how do i (?:do|say|write|answer|pick|choose)',
      'why (?:do|does|would|should|is) (?:you|it|this|that|i) (?:need|want|ask|help|matter|have to|important)',
      'is (?:it|that|this) (?:ok|okay|normal|fine|alright|bad|wrong|enough|allowed)', 'like what', 'any examples?', 'for example',
      '(?:can|could) you give (?:me )?an example', '(?:will|does|do) (?:the|my) (?:number|rating)',
    ].join('|') +
    ')\\b',
);

/** A question about the step the person is at, rather than an answer to it or a question the article answers. */
export function asksAboutTheStep(text: string): boolean {
  return ABOUT_THE_STEP.test(plainText(text));
}
