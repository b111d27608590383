import fc from 'fast-check';
import { CrisisDetector, type CrisisCategory } from '../../src/safety/crisisDetector';
import { phrase } from '../../src/safety/crisisRules';

const detector = new CrisisDetector();
const categoriesOf = (text: string): CrisisCategory[] => detector.assess(text).categories;

describe('CrisisDetector: idioms are not crises', () => {
  it.each([
    'this deadline is killing me',
    'I killed it in the interview',
    'my battery died',
    'I could kill for a coffee',
    "I'm dying to know",
    'I nearly died of embarrassment',
    'I need to cut myself some slack',
    'I beat myself up over every mistake',
    'that would be career suicide',
    'it hit me that I had failed',
    'beats me why it broke',
    'hit me up after the exam',
    'I want to end it with my boyfriend',
    "I can't go on holiday this year",
    "what's the point of revising if I fail anyway",
  ])('%s', (text) => {
    expect(detector.assess(text)).toEqual({ crisis: false, categories: [], askFirst: [] });
  });
});

describe('CrisisDetector: categories', () => {
  it.each<[string, CrisisCategory]>([
    ['I want to kill myself', 'suicide'],
    ['kms', 'suicide'],
    ['I keep cutting myself', 'selfHarm'],
    ['my partner hits me', 'harmedByOthers'],
    ["I've got the pills saved up", 'planOrMeans'],
    ['there is no reason to live', 'noReasonToLive'],
  ])('%s → %s', (text, category) => {
    expect(detector.assess(text)).toEqual({ crisis: true, categories: [category], askFirst: [] });
  });

  it('reports several categories in a fixed order', () => {
    expect(categoriesOf("he hits me and I've got the pills saved up, I want to die")).toEqual([
      'suicide',
      'harmedByOthers',
      'planOrMeans',
    ]);
  });
});

describe('CrisisDetector: spelling, case, quotes and slang', () => {
  it.each([
    'I WANT TO DIE',
    'i want to diiiiiie',
    'i wnat to kil myself',
    'feeling sucidal',
    'im suicidle',
    'i want 2 die',
    'i wanna d13',
    'I’m going to end it tonight',
    'thinking about sewer slide',
    'want to unalive myself',
    'cant go on',
  ])('%s is a crisis', (text) => {
    expect(detector.assess(text).crisis).toBe(true);
  });
});

describe('CrisisDetector: negations', () => {
  // A plain denial is respected, so "I'm not suicidal, just stressed" gets the normal conversation.
  it.each([
    "I'm not suicidal, just stressed about the exam",
    'I would never hurt myself',
    "I'm not going to kill myself over a grade",
    "I don't want to die, I just want to pass",
  ])('a plain denial is not a crisis: %s', (text) => {
    expect(detector.assess(text).crisis).toBe(false);
  });

  // When in doubt, err towards safety: hedged or partial denials still count.
  it.each([
    "I'm not suicidal but sometimes I think about it",
    "I'm not saying I want to die but I don't want to be here",
    "I can't stop thinking about killing myself",
    "I can't kill myself, I'm too scared, but I want to",
    "I don't want to live anymore",
    "I'm not suicidal. I just want to die",
  ])('a hedged or partial denial is still a crisis: %s', (text) => {
    expect(detector.assess(text).crisis).toBe(true);
  });
});

describe('CrisisDetector: quoted speech and other people', () => {
  // Crisis-adjacent on purpose: the person writing needs the helplines too.
  it.each([
    `my friend said "I want to die" and I don't know how to help`,
    'my friend said ‘I want to die’ and I don’t know how to help',
    'my mate keeps talking about killing himself',
    'my sister is self harming',
  ])('%s is treated as a crisis', (text) => {
    expect(detector.assess(text).crisis).toBe(true);
  });
});

describe('CrisisDetector: collaborators', () => {
  it('uses the rules and idiom guards it is given', () => {
    const custom = new CrisisDetector({ rules: [{ category: 'selfHarm', pattern: phrase('purple') }], idioms: [phrase('purple rain')] });
    expect(custom.assess('Purple!')).toEqual({ crisis: true, categories: ['selfHarm'], askFirst: [] });
    expect(custom.assess('purple rain').crisis).toBe(false);
    expect(custom.assess('I want to die').crisis).toBe(false);
  });

  it('needs both signals of a two-signal rule, and an idiom on either silences it', () => {
    const custom = new CrisisDetector({
      rules: [{ category: 'planOrMeans', pattern: phrase('rope'), alsoNeeds: phrase('numb') }],
      idioms: [phrase('numb fingers')],
    });
    expect(custom.assess('i feel numb and theres a rope').categories).toEqual(['planOrMeans']);
    expect(custom.assess('theres a rope in the shed').crisis).toBe(false);
    expect(custom.assess('i feel numb').crisis).toBe(false);
    expect(custom.assess('numb fingers from the rope').crisis).toBe(false);
  });

  it.each([
    ['i feel nothing anymore and the tablets are in the bathroom cabinet', true],
    ['theres a rope in the garage for the tow bar', false],
    ['i went to the bridge to watch the sunset', false],
    ['we had a self harm awareness workshop at school', false],
    ['went to the bridge last night and stood there for an hour', true],
  ])('weighs means, places and topics in context: %s', (text, crisis) => {
    expect(detector.assess(text).crisis).toBe(crisis);
  });

  it.each([
    'the team will cope fine without me while im on leave',
    'I had to sleep with the light on after the film',
    'I feel hopeless about maths, I will just do it tomorrow',
    'I feel numb after the results, I have my meds in the cupboard for my asthma',
    'my teacher told me to keep it a secret that I got the top mark',
    'thank you for everything, this chat really helped, I love you all',
    "i don't think i'll be at work after tonight, i quit",
    'sorted out who gets my old desk when I leave',
    'my mum knows where I live lol',
    "he'll make me pay for the drinks haha",
    "I wish I hadn't woken up so late",
    "I'm tired of being me sometimes, I wish I was more confident",
    'everyone would be fine without me at the party, so im staying home',
    'my flatmate keeps coming into my room to borrow stuff',
    'the comment cut deep',
    'I tied a rope swing for my kids',
  ])('keeps the look-alike "%s" out of the wider families', (text) => {
    expect(detector.assess(text).crisis).toBe(false);
  });

  // A generalisation probe written after fresh-4 was tuned: crisis phrasings in families none of the eval sets spell out.
  it.each([
    'i cant face tomorrow',
    'i dont want to be here tomorrow',
    'its all too much, i want to disappear for good',
    'i keep thinking about ending everything',
    'honestly ready to throw in the towel on life',
    'the world would be a better place without me',
    'i hate myself, i wish i could just not exist',
    'nobody would care if i drowned',
    'i\'m going to drink until i can\'t feel anything and take my pills',
    'im gonna jump in front of the train tomorrow morning',
    'i have razor blades hidden in my room',
    'i keep fantasising about my own death',
    'what would happen if i took my whole prescription',
    'i punched myself in the face after i failed',
    'i bite my arms when im stressed about work',
    'i want to feel pain because i deserve it for failing',
    'my sh scars are itching and i want to make more',
    'my husband said if i ever leave he\'ll find me and kill me',
    'my girlfriend slaps me in front of her friends',
    'my dad drinks and gets violent',
    'my boss keeps sending me sexual messages and i\'m scared to complain',
    'i was forced to do stuff by an older guy when i was 14 and i can\'t stop thinking about it',
    'my partner won\'t let me out of the house without him',
    'i got beaten up by my flatmate last night',
    'someone keeps leaving notes on my car saying they\'re watching me',
    'my ex posted my nudes online after i failed my course and dumped him',
    'i feel like i\'m drowning and i just want it to stop for good',
    'i\'m a waste of oxygen',
    'i\'ll be gone soon and then nobody has to deal with me',
    'goodnight forever',
    'i want to fall asleep and never wake up',
    'i\'m not going to be here next week',
    'i can\'t see myself getting older',
    'my last wish is that my family forgives me',
    'i\'ve been hoarding paracetamol',
    'i googled how long it takes to die from blood loss',
    'i feel like i need to disappear permanently',
    'everyday i think about killing myself more',
  ])('flags the probe phrasing "%s"', (text) => {
    expect(detector.assess(text).crisis).toBe(true);
  });

  it.each([
    'I can\'t face tomorrow\'s exam',
    'I\'ll be gone by friday, moving house',
    'I\'ll be gone soon for my holiday in spain',
    'throwing in the towel on this project',
    'my friend sends me dirty memes',
    'i bit my tongue in the meeting',
    'bye for now, thanks',
    'what happens if i take all my annual leave at once',
    'what would happen if i took a year out',
    'i\'ll finally do it tomorrow, i\'m signing up for the gym',
    'tonight i\'m going to finally do it, ask for a raise',
    'my manager watches me like a hawk',
    'my sister made me do things i didnt want like the washing up',
    'i was forced to do overtime when i was 19',
    'my last wish is for a pizza haha',
    'I\'m done with my dissertation finally, bye forever uni',
    'the neighbour\'s dog keeps watching me',
    'nobody has to deal with me on monday, i\'m off',
    'i killed my exam prep schedule today',
    'my hopes are dead after this rejection',
    'i\'m going to end my subscription tomorrow',
    'i want to end things with my boyfriend, he\'s controlling my time',
    'my knife skills in the kitchen are rubbish',
    'the pills my gp gave me for my acne aren\'t working',
    'i\'m so bored i could die',
    'i feel like a failure but i\'m going to try again',
    'i\'ve given up sugar for lent',
    'i\'m done with my dissertation finally',
    'we had to put our dog to sleep and i failed my exam the same week',
    'my phone screen is cracked and my career is in pieces lol',
    'i nearly killed my plant by overwatering',
    'my gran used to say nobody dies of a broken heart',
    'i\'m ending my contract early',
    'honestly the worst day, i want to go home and sleep',
    'my boss threatened to sack me if i\'m late again',
    'my manager is on my back all day',
    'i got a knife to cut the cake for the leaving do',
    'i\'m going to disappear off social media for a while',
  ])('leaves the probe look-alike "%s" alone', (text) => {
    expect(detector.assess(text).crisis).toBe(false);
  });

  it('never throws and always answers consistently', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = detector.assess(text);
        expect(result.crisis).toBe(result.categories.length > 0);
        expect(detector.assess(text)).toEqual(result);
      }),
    );
  });

  it('is not fooled by surrounding chatter or extra punctuation', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'honestly ', 'ok so ', 'idk... '), fc.constantFrom('', '!!!', ' :(', ' x'), (before, after) => {
        expect(detector.assess(`${before}I want to kill myself${after}`).crisis).toBe(true);
        expect(detector.assess(`${before}this deadline is killing me${after}`).crisis).toBe(false);
      }),
    );
  });
});

describe('CrisisDetector: general mechanisms', () => {
  it.each<[string, CrisisCategory]>([
    ['honestly being dead would be so much easier', 'suicide'],
    ['i keep daydreaming about never waking up', 'suicide'],
    ['I might top myself', 'suicide'],
    ['which tablets would stop your heart', 'planOrMeans'],
    ['I took 40 co-codamol', 'planOrMeans'],
    ['he reads all my messages and tracks where I go', 'harmedByOthers'],
    ['my stepmum controls my bank cards', 'harmedByOthers'],
    ['I carved his name into my thigh', 'selfHarm'],
  ])('%s → %s', (text, category) => {
    expect(detector.assess(text).categories).toContain(category);
  });

  it.each([
    "I'm going to die if I don't get a coffee soon",
    'the main character in the novel kills himself at the end',
    'I went to the bridge club with my gran',
    'I need to cut back on caffeine',
    'I took 2 paracetamol for my headache',
  ])('does not flag the look-alike: %s', (text) => {
    expect(detector.assess(text).crisis).toBe(false);
  });
});

describe('CrisisDetector: oblique words for each kind of harm', () => {
  it.each<[string, CrisisCategory]>([
    ['if i just didnt wake up tomorrow nobody would mind', 'suicide'],
    ['the critic keeps telling me to end it', 'suicide'],
    ['i have a plan now and its friday', 'planOrMeans'],
    ['what is the most ibuprofen you could take before it gets dangerous', 'planOrMeans'],
    ['I have stopped letting myself eat after a bad shift', 'selfHarm'],
    ['I kept banging my head against the wall after the results', 'selfHarm'],
    ['three weeks without sh and then I failed again', 'selfHarm'],
    ['my uncle touches her when nobody is around', 'childAtRisk'],
    ['my boyfriend is 23 and im 14', 'childAtRisk'],
    ['he gets the belt out when I lose', 'harmedByOthers'],
    ['If I cant have the house, she cant either', 'harmToOthers'],
    ['I nearly strangled my brother last night', 'harmToOthers'],
    ['I deserve to be punished for failing', 'selfHarm'],
  ])('%s → %s, in full', (text, category) => {
    expect(detector.assess(text).categories).toContain(category);
  });

  it.each<[string, CrisisCategory]>([
    ['I keep getting urges to push people off the platform', 'harmToOthers'],
    ['the examiner will be sorry on monday, mark my words', 'harmToOthers'],
    ['how do I get the scars to fade before the wedding', 'selfHarm'],
    ['the voice says I should be punished', 'selfHarm'],
    ['how to leave him safely without him finding out where I went', 'harmedByOthers'],
  ])('%s → %s, asked about first', (text, category) => {
    expect(detector.assess(text).askFirst).toContain(category);
  });

  it.each([
    'why does it help to pick a time?',
    'I bought a new climbing rope for the assessment',
    'I nearly hit the kerb on my driving test',
    'I want to start the whole year again',
  ])('does not flag the look-alike: %s', (text) => {
    expect(detector.assess(text).crisis).toBe(false);
    expect(detector.assess(text).askFirst).toEqual([]);
  });
});
