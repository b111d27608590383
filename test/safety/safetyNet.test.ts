import { isAtADistance } from '../../src/safety/distance';
import { RiskWords } from '../../src/safety/riskWords';
import { createUnderstanding } from '../../src/understanding/createUnderstanding';

describe('isAtADistance', () => {
  it.each([
    "I used to self-harm years ago but I'm in a good place now",
    'the main character in the film takes his own life',
    'kms i missed my bus lol',
    'my brother attempted suicide two years ago, he is doing great now',
    // Long over, and a life since: how long ago, the age now, the support had, the one who did it gone.
    "I took an overdose at 20. I'm 44 now and I teach yoga",
    'my uncle hurt me when I was small. He went to prison and I had lots of counselling',
    'I have old scars from a bad patch at uni, they don’t bother me',
    // Over since, someone else's and over, or coursework.
    "I self-harmed at school. I've been free of it for nine years",
    'my sister was in an abusive relationship, she got out and she is thriving',
    'my coursework on a novel about suicide got a C',
    'the thoughts went away after counselling in 2019',
  ])('"%s" tells of harm at a distance', (text) => expect(isAtADistance(text)).toBe(true));

  it.each([
    "I used to self-harm and last night I started again",
    'I want to kill myself',
    'I was abused as a child',
    "years ago I tried to end it and lately I keep thinking about doing it again",
    "I used to cut and I'm scared I'll start again",
  ])('"%s" does not', (text) => expect(isAtADistance(text)).toBe(false));
});

describe('RiskWords', () => {
  it('learns the words that examples of harm use far more than look-alikes do', () => {
    const words = new RiskWords(['pills saved up', 'counted the pills', 'pills and a note', 'all my pills', 'rope in the shed'], ['took a nap', 'went to work', 'made dinner', 'watched a film', 'walked the dog', 'rang my mum']);
    expect(words.in('the pills are ready')).toBe(true);
    expect(words.in('I went to work today')).toBe(false);
  });
});

describe('SafetyNet', () => {
  const { safety } = createUnderstanding();

  it('gives clear risk for the rules, a check-in for venting, and nothing for ordinary words', () => {
    expect(safety.assess(['I want to kill myself'])).toEqual({ tier: 'clear', kind: 'suicidal' });
    expect(safety.assess(["I'll make him pay for this"])).toEqual({ tier: 'possible', kind: 'harmToOthers' });
    expect(safety.assess(['I need to go, my bus is here'])).toBeUndefined();
    expect(safety.assess(['Please call after 5pm'])).toBeUndefined();
  });

  it('reads a short time given where the step asks when by the rules alone', () => {
    expect(safety.assess(['tonight after the kids are in bed'], { asksTime: true })).toBeUndefined();
    expect(safety.assess(['tonight, when everyone is asleep, I will take all my pills'], { asksTime: true })).toEqual({ tier: 'clear', kind: 'planOrMeans' });
  });

  it('checks card values as well as typed text', () => {
    expect(safety.assess(['', 'my partner hits me'])).toEqual({ tier: 'clear', kind: 'harmedByOthers' });
  });

  it('tells a child at risk from an adult being harmed', () => {
    expect(safety.assess(["my dad hits me and I'm 14"])?.kind).toBe('childAtRisk');
  });

  it('answers the most urgent kind when a message shows several', () => {
    expect(safety.assess(["I want to die and I've got the pills saved up for tonight"])?.kind).toBe('planOrMeans');
  });
});
