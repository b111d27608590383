// Words people use for the same idea in this domain. Each group folds onto its first word.
const SYNONYM_GROUPS: readonly string[][] = [
  ['fail', 'failure', 'mistake', 'error', 'setback', 'mess', 'screw', 'wrong', 'flop', 'blunder', 'slip', 'cock', 'fuck', 'botch', 'goof', 'misstep', 'flunk', 'err'],
  ['bad', 'awful', 'terrible', 'rubbish', 'horrible', 'guilty', 'guilt', 'ashamed', 'shame', 'upset', 'crap', 'shit',
    'worse', 'miserable', 'embarrassed', 'lousy', 'sad', 'stupid', 'worthless', 'useless', 'humiliated', 'gutted'],
  ['hard', 'beat', 'harsh', 'critical', 'criticism', 'selfcriticism', 'blame', 'hate', 'hating', 'loathe'],
  ['feel', 'feelin', 'felt', 'feeling'],
  ['over', 'overcome', 'move', 'recover', 'past', 'bounce'],
  // The verb does not say whose reaction is meant ("how do I cope" vs "how does the brain cope"): the subject does.
  ['react', 'perceive', 'respond', 'response', 'process', 'reaction', 'cope', 'handle', 'deal', 'manage'],
  ['perfect', 'perfectionism', 'perfectionist', 'perfection', 'flawless', 'perfectionistic'],
  ['obstacle', 'barrier', 'block', 'hinder', 'hold', 'stop', 'slow', 'problem', 'harmful', 'enemy', 'stand'],
  ['progress', 'improve', 'better', 'grow', 'advance'],
  ['therapy', 'therapist', 'counselling', 'counseling', 'counsellor', 'counselor', 'professional', 'guidance', 'session'],
  ['talk', 'speak', 'chat', 'contact', 'reach', 'touch', 'call', 'phone', 'email'],
  ['fear', 'scared', 'scary', 'afraid', 'frightened', 'terrified', 'anxious', 'fearing', 'worry', 'worried', 'nervous', 'dread'],
  // Not "neuron": a question about neurons is biology, not this article.
  ['brain', 'mind', 'head', 'neural', 'neuroscience', 'neuro', 'neurological', 'neurologically', 'neurology',
    'biology', 'biological', 'biologically'],
  ['dopamine', 'neurotransmitter'],
  ['economics', 'economist', 'economic', 'economy'],
  ['reorganise', 'reorganize', 'rewire', 'rewiring'],
  ['neuroplasticity', 'plasticity', 'neuroplastic'],
  ['behavioural', 'behavioral', 'behaviour', 'behavior'],
  ['mindful', 'mindfulness', 'meditation', 'meditate', 'mindfull', 'mindfullness'],
  ['ruminate', 'rumination', 'ruminating', 'overthink', 'overthinking', 'dwell', 'dwelling', 'replay', 'replaying', 'obsess'],
  ['kind', 'compassion', 'kindness', 'kinder', 'gentle', 'nice', 'compassionate', 'forgive', 'forgiving'],
  ['think', 'thought', 'thinking'],
  ['practise', 'practice', 'practising', 'practicing'],
  ['who', 'whos', 'whose', 'whom'],
  ['nobel', 'laureate', 'prize'],
  ['kahneman', 'kahnemann'],
  // Spellings of the article's first names people often type.
  ['john', 'jon'],
  ['daniel', 'danny'],
  ['barbara', 'barbra'],
  ['carol', 'carole'],
  ['mathematics', 'mathematician', 'maths', 'math'],
];

/** A deliberately light suffix stripper: enough to meet "failing/failed/fails/failure", "mindsets" and "distortions", no more. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "distortion" meets "distorted", "procrastination" meets "procrastinate"
  if (w.length > 6 && /[st]ion$/.test(w)) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  // "improvable" meets "improve"
  else if (w.length > 7 && w.endsWith('able')) w = w.slice(0, -4);
  // "stopping" -> "stopp" -> "stop"
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !'aeiosl'.includes(w[w.length - 1])) w = w.slice(0, -1);
  // "handle", "handled" and "handling" all end up "handl"
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const SYNONYMS: ReadonlyMap<string, string> = new Map(
  SYNONYM_GROUPS.flatMap(([head, ...rest]) => rest.map((word) => [stem(word), stem(head)] as const)),
);

/** The token a word is indexed and matched under: its stem, folded onto a shared synonym when it has one. */
export function canonicalWord(word: string): string {
  const stemmed = stem(word);
  return SYNONYMS.get(stemmed) ?? stemmed;
}
