import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateIntentCorpus } from '../../src/language/intentCorpus';
import { FileModelCache } from '../../src/language/modelCache';
import { NlpjsClassifier } from '../../src/language/nlpjsClassifier';
import { passagesOf, sentencesOf } from '../../src/language/sentences';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';

describe('IntentReader (the trained corpus in content/intents.json)', () => {
  const { language } = createUnderstanding();

  it('takes a corpus line, however it is typed, as certain', () => {
    expect(language.read('  DELETE my data!!  ')).toMatchObject({ intent: 'delete_data', score: 1, exact: true });
  });

  it('reads requests it has never seen word for word, with a confidence', () => {
    const reading = language.read('could someone from the practice ring me back');
    expect(reading).toMatchObject({ intent: 'human', exact: false });
    expect(reading.score).toBeGreaterThan(0.5);
  });

  it.each([
    ['yeah go on', 'yes'], ['yes please, send it', 'yes'], ['no, I am fine honestly', 'no'], ['nah', 'no'],
    ['not sure', 'unclear'], ['maybe', 'unclear'], ['what do you mean?', 'unclear'], ['yes but', 'unclear'],
    // Said without a plain yes or no, or after a filler word.
    ["I'd rather you didn't", 'no'], ['actually no, never mind', 'no'], ['hold off for now', 'no'], ['nope', 'no'],
    ['that would be lovely', 'yes'], ['I suppose', 'yes'], ['oh yes', 'yes'], ['defo', 'yes'],
    ['not everything', 'unclear'], ['that would be great but not today', 'unclear'],
  ] as const)('reads "%s" as %s to a yes/no question', (text, reply) => {
    expect(language.yesNo(text)).toBe(reply);
  });
});

describe('validateIntentCorpus', () => {
  it('names the intent whose examples are missing', () => {
    expect(() => validateIntentCorpus({ intents: {}, yesNo: {} })).toThrow(/intent "reframe"/);
  });
  it('refuses an intent the interpreter does not know', () => {
    const intents = Object.fromEntries(['reframe', 'story', 'question', 'faq_list', 'human', 'delete_data', 'what_stored', 'stop', 'help', 'back', 'start_over', 'menu', 'greet', 'answer', 'none', 'dance'].map((name) => [name, { utterances: ['x'] }]));
    expect(() => validateIntentCorpus({ intents, yesNo: { yes: ['y'], no: ['n'], unclear: ['u'] } })).toThrow(/unknown intents dance/);
  });
});

describe('NlpjsClassifier', () => {
  const corpus = { greeting: ['hello there', 'hi friend', 'good morning'], farewell: ['goodbye now', 'see you later', 'bye bye'] };

  it('learns labels from examples and says None for words it never saw', () => {
    const classifier = new NlpjsClassifier(corpus);
    expect(classifier.classify('hello')[0].label).toBe('greeting');
    expect(classifier.classify('see you')[0].label).toBe('farewell');
    expect(classifier.classify('zebra quantum')[0].label).toBe('None');
  });

  it('keeps a trained network in the cache and reads the same from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-models-'));
    const trained = new NlpjsClassifier(corpus, { cache: new FileModelCache(dir) });
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    const loaded = new NlpjsClassifier(corpus, { cache: new FileModelCache(dir) });
    for (const text of ['hello', 'bye for now', 'zebra']) expect(loaded.classify(text)).toEqual(trained.classify(text));
  });

  it('trains again when the corpus changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bb-models-'));
    new NlpjsClassifier(corpus, { cache: new FileModelCache(dir) });
    new NlpjsClassifier({ ...corpus, thanks: ['thank you', 'cheers'] }, { cache: new FileModelCache(dir) });
    expect(readdirSync(dir).filter((name) => name.endsWith('.json'))).toHaveLength(2);
  });
});

describe('sentences and passages', () => {
  it('splits sentences and cuts a run-on one into overlapping pieces', () => {
    expect(sentencesOf('I failed. It hurts!\nWhat now?')).toEqual(['I failed.', 'It hurts!', 'What now?']);
    const runOn = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(sentencesOf(runOn).every((piece) => piece.split(' ').length <= 40)).toBe(true);
    expect(sentencesOf(runOn).join(' ')).toContain('w99');
  });

  it('reads each sentence and each pair of neighbours, in the light of the words around', () => {
    const long = 'One. Two. Three. Four. Five.';
    expect(passagesOf(long).map((p) => p.text)).toContain('Two. Three.');
    expect(passagesOf(long).find((p) => p.text === 'Five.')?.around).toBe('Four. Five.');
    expect(passagesOf('pills sorted. sunday.')[0]).toEqual({ text: 'pills sorted. sunday.', around: 'pills sorted. sunday.' });
  });
});
