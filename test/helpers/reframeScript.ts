/**
 * One person's whole reframe, typed. The words are distinctive on purpose, so tests can look for them
 * in the summary (they must be there) and in the logs (they must not be).
 */
export const ANSWERS = {
  what: 'My quarterly pitch to Zanzibar Holdings collapsed when the projector died',
  feeling: 'mortified and jittery',
  before: '8',
  friendWords: 'Projectors fail, Marguerite, and you still knew your material',
  selfWords: 'I know my material, gadgets die and I kept calm',
  thought: "I'm a complete failure at presenting",
  evidence: 'The client emailed afterwards asking for the slides',
  balanced: 'The pitch wobbled but my preparation was sound',
  goal: 'Practise presenting without slides once a fortnight',
  when: 'next Thursday lunchtime',
  after: '4',
};

/** The typed turns, in order, from the first answer to the re-rating. */
export const TYPED_TURNS: string[] = [
  ANSWERS.what, ANSWERS.feeling, ANSWERS.before, ANSWERS.friendWords, ANSWERS.selfWords, ANSWERS.thought,
  ANSWERS.evidence, ANSWERS.balanced, ANSWERS.goal, ANSWERS.when, "I'm ready", ANSWERS.after,
];

/** Words from the answers that appear nowhere in the bot's own copy, so finding one means a person's words leaked. */
export const DISTINCTIVE_WORDS = ['Zanzibar', 'projector', 'mortified', 'jittery', 'Marguerite', 'gadgets', 'wobbled', 'fortnight', 'Thursday', 'slides'];
