export type ThinkingPattern =
  | 'shouldStatements' | 'fortuneTelling' | 'labelling' | 'catastrophising' | 'overgeneralising' | 'allOrNothing';

/** Checked in this order: the first that fits is named, so the most specific patterns come first. */
const PATTERNS: Array<[ThinkingPattern, RegExp]> = [
  ['shouldStatements', /\b(should(n'?t)?( have)?|must(n'?t)?|ought to|supposed to|have to be)\b/],
  ['fortuneTelling', /\b((i'?ll|i will|i'?m going to|i am going to|it'?ll|it will|they'?ll|they will)( \w+)? (never|fail|go wrong|fire|reject|laugh|hate)|no one will ever|won'?t ever|never going to)\b/],
  ['labelling', /\b(i'?m|i am|im)( an?)?( \w+){0,2} (failure|loser|idiot|fraud|disaster|joke|mess|fool|disgrace|stupid|useless|worthless|pathetic|hopeless|incompetent|rubbish|a waste of space)\b/],
  ['catastrophising', /\b(disaster|catastroph\w*|end of the world|ruined my (life|career|future)|(life|career|future) is (over|ruined)|worst thing|everything is ruined)\b/],
  ['overgeneralising', /\b(always|every single time|every time|everyone|everybody|nobody|no one|never)\b/],
  ['allOrNothing', /\b(completely|totally|utterly|ruined everything|nothing (i do )?(is|was) (right|good)|all for nothing|perfect(ly)?|everything)\b/],
];

/** Names the thinking pattern a harsh thought shows, if it clearly shows one. */
export function recognisePattern(thought: string): ThinkingPattern | undefined {
  const text = thought.toLowerCase().replace(/[’‘]/g, "'");
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}
