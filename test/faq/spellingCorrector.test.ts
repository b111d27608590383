import fc from 'fast-check';
import { editDistance } from '../../src/language/editDistance';
import { SpellingCorrector } from '../../src/faq/spellingCorrector';

/** Plain full-table optimal string alignment distance, to check the banded one against. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('editDistance (banded)', () => {
  it('agrees with the full table up to its cap', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 10 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 3 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(referenceDistance(a, b), max + 1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('SpellingCorrector', () => {
  const corrector = new SpellingCorrector(['perfectionism', 'perfectionist', 'neuroplasticity', 'brain', 'dweck', 'bad', 'prize', 'mindset']);

  it('mends left-out, extra, changed and swapped letters in long words, up to two', () => {
    expect(corrector.correct('perfectionsim')).toBe('perfectionism');
    expect(corrector.correct('neuroplastcty')).toBe('neuroplasticity');
    expect(corrector.correct('neuroplasstiscity')).toBe('neuroplasticity');
    expect(corrector.correct('nuereplasticity')).toBe('neuroplasticity');
    expect(corrector.correct('mindest')).toBe('mindset');
  });

  it('picks the nearest of several near words', () => {
    expect(corrector.correct('perfectionizt')).toBe('perfectionist');
    expect(corrector.correct('perfectionizm')).toBe('perfectionism');
  });

  it('in short words, mends only a left-out letter or a swap, since other slips make real words', () => {
    expect(corrector.correct('dwek')).toBe('dweck');
    expect(corrector.correct('brian')).toBe('brain');
    expect(corrector.correct('band')).toBeUndefined();
    expect(corrector.correct('prime')).toBeUndefined();
  });

  it('leaves words that are not near anything, and very short words, alone', () => {
    expect(corrector.correct('antidepressant')).toBeUndefined();
    expect(corrector.correct('pizza')).toBeUndefined();
    expect(corrector.correct('bd')).toBeUndefined();
  });

  it('finds any word within two edits of a long content word', () => {
    const long = new SpellingCorrector(['neuroplasticity']);
    const edit = fc.tuple(fc.constantFrom('delete', 'insert', 'change'), fc.nat(14), fc.constantFrom('q', 'x', 'z'));
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 2 }), (edits) => {
        let typed = 'neuroplasticity';
        for (const [kind, at, letter] of edits) {
          const i = at % typed.length;
          typed = typed.slice(0, i) + (kind === 'delete' ? '' : letter) + typed.slice(kind === 'insert' ? i : i + 1);
        }
        expect(long.correct(typed)).toBe('neuroplasticity');
      }),
      { numRuns: 500 },
    );
  });
});
