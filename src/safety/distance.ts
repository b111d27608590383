import { normalise } from './normalise';

/** Harm told as over and done with: recovered from, safe now. Being in the past is not enough ("I was abused as a child"). */
const RESOLVED = new RegExp(
  [
    '\\d+ (?:years?|months?) (?:since|clean|free)', '(?:im|i am) (?:doing )?(?:really |so |much )?(?:well|fine|ok|okay|safe|better|great|stable) now',
    'in a (?:good|better|great) place', 'doing (?:really |so |much )?(?:well|great|better)', 'recovered', 'got (?:help|support|therapy)',
    'had (?:therapy|support|help)', '(?:been|am|im) (?:well|stable) for', 'not in (?:any )?danger', 'this isnt about that', 'not about that',
    '(?:im|i am|we are|were) safe', 'worked through', 'without any of that', 'not going back',
    // Long over, and the person's life since: "years ago", "I'm 35 now", "I had a lot of support", "he went to prison".
    '(?:a long time|(?:\\d+|many|a few|some|several|ten|twenty) years|years) ago', '(?:im|i am) (?:\\d+|[a-z]+ty(?: [a-z]+)?) now',
    '(?:done|had|did|got) (?:a lot of |lots of |loads of |some |years of |plenty of )?(?:therapy|support|counselling|counseling|help)',
    'old scars', '(?:im|i am)(?: [a-z]+){0,2} and (?:safe|happy|well)', 'went to (?:prison|jail)',
    // Over since: "free of it for six years", "out of my life for 20 years", "the thoughts went away", "got through it".
    '(?:free of it|clean|free|safe|out) for (?:\\d+|[a-z]+) (?:years?|months?)', 'out of (?:my|our) lives?', 'went away', 'got (?:through|over) (?:it|that|them)',
    '(?:are|is|were) (?:old|faded|years old)', '(?:in|since|back in) (?:19|20)\\d\\d', 'havent (?:[a-z]+ ){0,3}(?:since|for|in)', 'decades? (?:ago|behind)',
    'behind (?:me|us)', 'dealt with it', '(?:\\d+|[a-z]+) (?:years?|months?) free', 'a while (?:back|ago)', 'all (?:over|good) now', 'survived', '(?:\\d+|many|ten|twenty) years old', '(?:i|he|she|they|we) used to(?! be)',
  ].join('|'),
);
/** Someone else's harm that is over: they got help, they are fine now. */
const THEIR_RECOVERY = /\b(?:hes|shes|theyre|he is|she is|they are) (?:doing )?(?:ok|okay|fine|well|great|better|safe|happy|flourishing|doing|thriving)\b|\bgot (?:help|support|treatment)\b|\bit got sorted\b|\b(?:he|she|they) (?:got out|rebuilt|recovered|talks? about it|now (?:mentors?|helps?|coach(?:es)?|works?))\b|\b(?:thriving|remarried|convicted|restraining order|sober now|doing brilliantly)\b|\b(?:hes|shes|theyre) (?:\d+|[a-z]+ty) now\b|\bive helped\b|\bas a (?:school )?(?:counsell?or|nurse|teacher|doctor|social worker|therapist|youth worker)\b/;
/** Harm in a story, the news or someone's work, not in the writer's life. */
const ELSEWHERE = /\b(?:(?:in|from|about|watching|reading|writing) (?:the|a|an|this|that|my) (?:film|movie|book|novel|tv show|show|series|episode|video game|game|play|poem|song|essay|article|news|documentary|story)|the news|character|protagonist|the plot|patient|client|role ?play|trainee|safeguarding|poster|my (?:dissertation|thesis|assignment|essay|novel)|for (?:gcse|a ?level|my (?:english|class|course|module|exam|coursework|book club))|the (?:bit|part|scene|chapter) (?:about|where|when)|(?:lesson|lecture|seminar|module|coursework|essay|presentation|class|chapter|paper) (?:today )?(?:was )?(?:on|about)|i (?:write|am writing|research|study) about|sparring|fencing|bjj|jiu jitsu|judo|muay thai|mma|kickboxing|interclub)\b/;
/** What brings it back to now: again, relapse, tonight, lately. */
const NOW = /\b(?:again|relaps\w*|tonight|last night|right now|lately|these days|recently|started (?:again|to)|cant stop|keep (?:thinking|wanting|doing)|back to|and now (?:he|she|they|hes|shes|theyre)|(?:scared|afraid|worried) (?:ill|i will|i might|im going to)|urges?|tempted|want to (?:do it )?again)\b/;
/** Told as a joke about embarrassment ("kms 😭", "i want to die lol"). */
const JOKING_WORDS = /\b(?:lol|lmao|lmfao|haha\w*|jk|rofl)\b/;
const JOKING_FACES = /[\u{1F602}\u{1F923}\u{1F62D}\u{1F480}]/u;

/**
 * Whether a message tells of harm at a distance: over and resolved, someone else's and over, in fiction or work, or
 * as a joke, with nothing that brings it back to now ("again", "tonight", "lately"). The rules' clear risk then becomes
 * a direct check-in rather than full support: it is still asked about, never ignored.
 */
export function isAtADistance(text: string): boolean {
  const said = normalise(text);
  const distant = RESOLVED.test(said) || THEIR_RECOVERY.test(said) || ELSEWHERE.test(said) || JOKING_WORDS.test(said) || JOKING_FACES.test(text);
  return distant && !NOW.test(said);
}
