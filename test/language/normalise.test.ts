import { foldText, normaliseText, plainText, plainWords, splitWords } from '../../src/language/normalise';
import { canonicalWord, stem } from '../../src/faq/canonical';
import { editDistance } from '../../src/language/editDistance';

describe('normaliseText', () => {
  it('lower-cases and strips punctuation', () => {
    expect(normaliseText('  Wait, WHAT is CBT?!  ')).toBe('wait what is cbt');
  });
  it('folds curly apostrophes and quotes the article uses', () => {
    expect(normaliseText('What’s the brain’s “error” signal?')).toBe('whats the brains error signal');
  });
  it('closes up words joined by any Unicode hyphen, so spellings meet', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212']) {
      expect(normaliseText(`self${dash}compassion`)).toBe('selfcompassion');
    }
  });
  it('keeps spaced dashes as word breaks', () => {
    expect(normaliseText('neuroplasticity – the brain')).toBe('neuroplasticity the brain');
  });
  it('closes up initialisms typed with dots', () => {
    expect(normaliseText('what is C.B.T.?')).toBe('what is cbt');
    expect(normaliseText('c.b.t')).toBe('cbt');
  });
  it('applies NFKC so full-width letters are plain letters', () => {
    expect(normaliseText('ＣＢＴ')).toBe('cbt');
  });
  it('splits into words and gives none for punctuation only', () => {
    expect(splitWords('growth   mindset??')).toEqual(['growth', 'mindset']);
    expect(splitWords('?!…')).toEqual([]);
  });
});

describe('stem and canonicalWord', () => {
  it('meets inflections of a word', () => {
    expect(new Set(['fail', 'failed', 'failing', 'fails'].map(stem))).toEqual(new Set(['fail']));
    expect(stem('handled')).toBe(stem('handle'));
    expect(stem('stopping')).toBe(stem('stop'));
    expect(stem('mindsets')).toBe('mindset');
    expect(stem('distortions')).toBe(stem('distorted'));
    expect(stem('procrastination')).toBe(stem('procrastinate'));
    expect(stem('improvable')).toBe(stem('improve'));
  });
  it('folds synonyms onto one token', () => {
    expect(canonicalWord('mistakes')).toBe(canonicalWord('failure'));
    expect(canonicalWord('ashamed')).toBe(canonicalWord('bad'));
    expect(canonicalWord('behavioral')).toBe(canonicalWord('behavioural'));
    expect(canonicalWord('therapist')).toBe(canonicalWord('counselling'));
    expect(canonicalWord('neurotransmitter')).toBe(canonicalWord('dopamine'));
    expect(canonicalWord('jon')).toBe(canonicalWord('john'));
  });
  it('leaves unrelated words apart', () => {
    expect(canonicalWord('pizza')).not.toBe(canonicalWord('perfect'));
    expect(canonicalWord('mindset')).not.toBe(canonicalWord('mindfulness'));
    expect(canonicalWord('neuron')).not.toBe(canonicalWord('brain'));
  });
});

describe('editDistance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('brian', 'brain', 2)).toBe(1);
  });
  it('counts insertions and substitutions', () => {
    expect(editDistance('dwek', 'dweck', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });
  it('stops early beyond the cap', () => {
    expect(editDistance('weather', 'perfect', 2)).toBe(3);
  });
});

describe('plainWords: a message as a person means it', () => {
  it('expands chat spellings and squeezes held-down letters', () => {
    expect(plainWords('idk, can u pls help meeee')).toEqual(['i', 'dont', 'know', 'can', 'you', 'please', 'help', 'mee']);
  });
  it('reads yeah, yep and nah as yes and no', () => {
    expect(plainText('Yeah!! yep… nah')).toBe('yes yes no');
  });
  it('folds curly apostrophes before anything else', () => {
    expect(foldText('I DON’T know')).toBe('i dont know');
  });
});
