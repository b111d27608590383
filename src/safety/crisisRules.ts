/**
 * Phrase rules for crisis language, written against normalised text (see normalise.ts):
 * lower case, no apostrophes ("dont", "im"), clause punctuation as " . ".
 * `_` in a rule stands for a flexible gap of up to three words inside one clause.
 */
import type { CrisisCategory } from './crisisCategory';

export interface CrisisRule {
  category: CrisisCategory;
  pattern: RegExp;
  /** A second, independent signal the same message must also carry: two weak hints together make a crisis. */
  alsoNeeds?: RegExp;
  /** Words that may be venting as much as intent ("I'll make him pay"): asked about directly rather than met with full support. */
  askFirst?: boolean;
}

const GAP = '(?:[a-z0-9]+ ){0,3}';

/** Builds a global, word-bounded regex; `_` becomes a gap of up to three words. */
export const phrase = (source: string): RegExp => new RegExp(`\\b(?:${source.replace(/_ ?/g, GAP)})\\b`, 'g');

/** Time words that may close a short phrase ("end it this weekend"). */
const WHEN =
  'now|tonight|today|tomorrow|soon|already|again|finally|right now|for good|forever|this (?:weekend|week|month|year|evening|morning|afternoon)|' +
  'next (?:week|month|year)|after (?:the|my|this|that|everyone|exams?)|before|when|once|if|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday)';
/** Where a short phrase must stop: end of clause or a word that closes the thought ("end it now"). */
const END = `(?= (?:\\.|(?:and|but|so|because|anymore|no more|any longer|lol|tbh|ngl|fr|idk|honestly|seriously|please|i think|i guess|im serious|x+|${WHEN})\\b)| ?$)`;

/** Wanting, planning or being drawn towards something. */
const DESIRE =
  '(?:want|wanna|wants|wanted|wanting|wish|wished|wishing|rather|prefer|ready|going|gonna|planning|plan|plans|planned|tempted|' +
  'thinking (?:of|about)|think about|considering|consider|decided|deciding|need|feel like|like|hope|hoping|urge|urges)';
/** Dying or no longer being here; the ambiguous ones must close the clause ("end it" yes, "end it with him" no). */
const DEATH_ACT =
  `(?:die|dying|be dead|being dead|stop existing|kill myself|killing myself|(?:take|taking) my (?:own )?life|(?:end|ending) my life|` +
  `disappear forever|vanish forever|sleep forever|never wake up|not wake up|not waking up|` +
  `(?:not (?:exist|existing|be (?:here|alive|around)|being (?:here|alive|around))|(?:end|ending) (?:it|things|everything|it all)|be gone)${END})`;

const SELF = '(?:myself|himself|herself|themselves|yourself)';
const RELATION =
  '(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|father|mum|mom|mam|mother|stepdad|stepfather|stepmum|stepmom|' +
  'stepmother|step dad|step mum|brother|sister|uncle|aunt|auntie|cousin|grandad|grandfather|grandma|nan|gran|ex|fiance|' +
  'fiancee|carer|other half|spouse|parents|family|son|daughter)';
const PERSON = `(?:he|she|they|hes|shes|theyre|someone|somebody|people|my (?:[a-z]+ )?(?:${RELATION}|boss|manager|teacher|coach|flatmate|housemate|roommate|landlord|neighbour|friend|mate)s?)`;
const MEDS =
  '(?:pills?|tablets?|paracetamol|meds|medication|medicine|painkillers?|sleeping pills?|antidepressants?|insulin|co codamol|codeine|' +
  'tramadol|diazepam|valium|xanax|benzos?|sertraline|citalopram|fluoxetine|prozac|amitriptyline|mirtazapine|zopiclone|propranolol|' +
  'lithium|ibuprofen|aspirin|morphine|oxycodone|opioids?|heroin|insulin)';
/** Words that may sit between an abuser and the act ("my dad always hits me", "he wont stop hitting me"). */
const ABUSER_GAP = '(?:(?!(?:the|a|an|it|its|this|that|cat|dog|news|question|me)\\b)[a-z]+ ){0,4}';
/** Acts of violence or abuse done to someone, in every tense. */
const ABUSE_ACT =
  '(?:hits?|hitting|beats?|beating|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|chok(?:es|ed|ing|e)|strangl(?:es|ed|ing|e)|' +
  'rap(?:es|ed|ing|e)|abus(?:es|ed|ing|e)|hurt(?:s|ing)?|touch(?:es|ed|ing)?|molest(?:s|ed|ing)?|assault(?:s|ed|ing)?|attack(?:s|ed|ing)?|' +
  'stab(?:s|bed|bing)?|throttl(?:es|ed|ing|e)|grop(?:es|ed|ing|e)|shov(?:es|ed|ing|e)|pinch(?:es|ed|ing)?|smack(?:s|ed|ing)?|thump(?:s|ed|ing)?|' +
  'headbutt(?:s|ed|ing)?|whip(?:s|ped|ping)?|batter(?:s|ed|ing)?|bit(?:es|ing|e)?|spits? (?:on|at))';
const NEGATED_WANT = '(?:(?:dont|do not|didnt|doesnt|does not|no longer|never|cant) (?:really |even |just )?(?:want|wanna|wish|feel like|see myself|see the point (?:of|in))|cant be bothered|cant face)';
/** What a person may say they no longer want to do. */
const GO_ON_LIVING =
  '(?:(?:to )?(?:live|be alive|exist|do life|go on|carry on|keep going|keep living|keep on|wake up)|living|being alive|existing|doing life|going on|carrying on|waking up)(?: living)?';

/** Ways of being gone for good, as they close "...if i ___" ("would anyone notice if i was gone"). */
const GONE_FOR_GOOD =
  '(?:was |were |just |ever |suddenly )*(?:gone|died|die|dead|disappeared|vanished|not here|wasnt (?:here|around|alive)|werent (?:here|around|alive)|' +
  'didnt wake up|never woke up|killed myself|ended it|drowned|overdosed|hanged myself|hung myself|got hit by a [a-z]+|took my (?:own )?life|jumped|drove off|never came back)';
/** Anyone who might notice or care. */
const ANYONE = '(?:any ?one|anybody|people|my (?:family|friends|parents|mum|dad|mom)|they|you|the world)';
/** Lethal outcomes named in questions about means ("which pills would stop my heart"). */
const LETHAL =
  '(?:to die|die from|not survive|survive the fall|stop (?:my|your|a|the) heart|(?:be|is|are) (?:lethal|fatal|deadly)|not wake up|never wake up|' +
  'kill (?:me|you|myself|yourself|a person|someone)|to od|to overdose)';
/** Things a person might use to end their life. */
const MEANS = `(?:${MEDS}|rope|noose|gun|guns|knife|knives|blade|blades|razor|razors|bridge|ledge|cliff|tracks|train|bleach|poison|belt)`;
/** Parts of the body that self-harm is done to; hands and fingers are left out (kitchen accidents). */
const BODY = '(?:arms?|wrists?|thighs?|legs?|skin|stomach|belly|hips?|chest|body|ankles?|shoulders?)';
/** A harm done by someone that needs no idiom guard ("stab me", "stalking me"). */
const VIOLENT_ACT =
  '(?:stab|shoot|strangle|rape|batter|beat up|kidnap|acid attack|burn|drown|choke|hurt|harm|attack|smash (?:my|your) face in|break my (?:legs?|arms?|neck))';
/** Controlling or threatening behaviour, as a present or past act ("he checks my phone", "they were stalking me"). */
const CONTROL_ACT =
  '(?:threaten|threatens|threatened|threatening|stalk|stalks|stalked|stalking|blackmail|blackmails|blackmailed|blackmailing|' +
  'harass|harasses|harassed|harassing|grope|gropes|groped|groping|molest|molests|molested|molesting|rape|rapes|raped|raping|' +
  'isolates|isolated|isolating|spiked|drugged|controls|controlled|controlling|strangles|strangled|strangling|chokes|choked|choking)';

/** Attitudes towards one's own death that make it a wish, not a remark ("being dead would be easier"). */
const LEANING =
  '(?:want|wanted|wanting|wish|wishing|wished|rather|easy|easier|easiest|better|relieved|relief|peaceful|fantasi[sz]e|fantasi[sz]ing|dream(?:ing)? (?:about|of)|' +
  'daydream(?:s|ed|ing)?|waiting|ready|deserve|should|counting down|longing|long to|crave|craving|welcome|hope|hoping|pray|praying|tempted|imagine|imagining)';
/** One's own death or non-existence, in forms that cannot be about a phone or a party ("dying to" and "dying for" excluded). */
const OWN_DEATH =
  `(?:to (?:just )?(?:die|be dead|not exist|stop existing|not wake up|never wake up|end it${END})|(?:if|when|once|until) i (?:just |can )?(?:die|died|was dead|were dead|wasnt here|didnt wake up|end it${END})|` +
  'being dead|my (?:own )?death|(?:about|of|on) dying|dying (?:would|sounds|seems|feels|is)|(?:i|id|youd|you) (?:had )?never (?:been|be) born|' +
  '(?:not|never) (?:waking|wake) up|not existing|not exist|stop existing|me dead|' +
  'that i (?:just |would |will |could )?(?:die|died|was dead|were dead|dont wake up|wont wake up|never wake up|didnt wake up)|' +
  `to (?:just )?(?:not|never) (?:come|go|get|make it) (?:home|back)${END})`;
/** Having settled on something ("ive made my mind up", "no going back"). */
const DECIDED = '(?:made (?:up )?my mind(?: up)?|decided|(?:im|i am) ready|its time|it is time|no going back|no turning back)';
/** Means small enough to hold or keep at hand. */
const PORTABLE_MEANS = `(?:${MEDS}|rope|noose|gun|knife|knives|blade|blades|razor|razors|belt|bleach|poison)`;
/** Where means are kept ("a rope in the garage"). */
const STORE = '(?:garage|drawer|pillow|mattress|wallet|purse|cupboard|bag|room|car|shed|bathroom|cabinet|desk|bedside|bed|pocket|kitchen|wardrobe|loft|house|flat)';
/** Emptiness or hopelessness that turns means at hand into a crisis ("i feel nothing and theres a rope in the garage"). */
const DESPAIR =
  '(?:numb|feel (?:nothing|empty|dead inside|hollow)|empty inside|dead inside|nothing (?:matters|left|feels real)|hopeless|no hope|' +
  '(?:cant|cannot) (?:do this|go on|cope|take (?:it|this|any more))|no point|pointless|whats the point|worthless|hate myself|' +
  'given up|done with (?:everything|it all|life)|tired of (?:everything|it all)|(?:no one|nobody) (?:cares|would care|would notice)|' +
  '(?:staring|stare|stared|looking) at (?:them|it)|(?:gets?|getting|got) too (?:much|bad)|(?:sick|tired) of being (?:me|myself|alive|here|(?:a|the|such a) (?:[a-z]+ )?(?:disappointment|failure|burden|problem|let down)))';
/** A close of clause that is not a condition ("everyone would be better off" yes, "...better off if we used slack" no). */
const CLOSE = '(?=(?: (?:\\.|and|but|so|tbh|honestly|ngl|lol|i think|anyway|really))| ?$)';
/** Medicine named with what it treats is not a means ("my meds in the cupboard for my asthma"). */
const FOR_AILMENT =
  '(?!(?: [a-z]+){0,4} for (?:my |the |a )?(?:asthma|headache|migraine|back|period|allergies|hay fever|blood pressure|diabetes|heart|epilepsy|cold|flu|knee|infection|skin|acne|cough))';
/** Acts that are only a crisis when something else in the message says so ("might just finish it tonight"). */
const VEILED_ACT =
  `(?:(?:might|may|could|should|going to|gonna|want to|ready to) (?:just )?finish (?:it|things|this)|(?:finally|actually) do it|go through with it|not come (?:home|back)|take the easy way out)${END}`;
/** Saying goodbye: addressing whoever is left ... */
const FAREWELL_ADDRESS =
  '(?:i love you all|love you all|if (?:anyone|anybody|someone|you) (?:reads?|finds?|sees?) this|to (?:whoever|anyone who) (?:reads|finds) this|tell everyone)';
/** ... and absolving or thanking them. */
const FAREWELL_ABSOLUTION =
  `(?:im sorry i wasnt (?:enough|better|good enough|a better [a-z]+)|(?:its|it is|it was|this is|this isnt|it isnt|its not) (?:not )?(?:your|anyones|their|his|her) fault|` +
  `forgive me|please dont (?:blame|hate) (?:yourselves|yourself|me)|sorry for everything)${END}`;
/** Adults whose secrets with a young person are a warning sign. */
const GROOMING_CONTEXT =
  '(?:teacher|coach|tutor|uncle|stepdad|step dad|carer|priest|youth leader|older (?:man|guy|boy|woman)|instructor|neighbour|late at night|in my room|alone with|gifts?|touch(?:es|ed|ing)?|photos|pics)';
/** Numbers large enough to be an overdose rather than a dose. */
const MANY = '(?:1[5-9]|[2-9][0-9]|[1-9][0-9]{2,}|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|loads|dozens|handfuls)';

const rule = (category: CrisisCategory, ...sources: string[]): CrisisRule[] =>
  sources.map((source) => ({ category, pattern: phrase(source) }));

export const CRISIS_RULES: CrisisRule[] = [
  ...rule(
    'suicide',
    'suicide|suicidal|kms|kys|unalive|self delete|delete myself',
    `${DESIRE} (?:to )?(?:just |simply |finally |really |quietly |honestly )?${DEATH_ACT}`,
    `(?:not sure|dont know (?:if|whether)|unsure (?:if|whether)|not certain|dont think|doubt) (?:if |whether |that )?(?:i )?(?:want to|wanna|can|could) ${GO_ON_LIVING}`,
    `cant (?:live|go on|keep living|exist) (?:like this|this way)(?:${END}| anymore)`,
    'my (?:own )?funeral|giving away (?:all )?my (?:things|stuff|belongings|possessions)|(?:wrote|written|writing|sorted|updated) (?:out )?my will',
    `(?:kill|killing|killed|kills|hang|hanging|hanged|off|offing|shoot|shooting|drown|drowning|end|ending|poison|poisoning|gas) ${SELF}`,
    '(?:want|wanted|wants|wanting|wish|wished|wishing|going|ready|deserve|hope|hoping|plan|planning|like|need) (?:just )?to (?:just )?die|feel like dying|(?:no|lost(?: the| my| all)?) (?:will|desire|wish) to live',
    `(?:want|wanna|going|gonna|ready|tempted|about|planning|plan) (?:to )?jump${END}`,
    `(?:i|i just|just) want out${END}`,
    '(?:should|might as well|may as well|ought to) (?:just )?(?:die|be dead)',
    'let me die|i hope i die|hope i die|i want death|want to be dead|wanna be dead',
    'wish(?:ing|ed)? (?:i|id) (?:was|were|could be|had) (?:just )?(?:dead|died)|wish(?:ing|ed)? (?:i|id) (?:was |were |had )?never (?:been )?born|wish i didnt exist|(?:rather|sooner|better off|prefer to) (?:just )?(?:be )?(?:dead|in the ground|six feet under|in (?:a|my) (?:grave|coffin|box))',
    '(?:end|ending|ended|take|taking|took|taken) (?:my|his|her|their) (?:own )?life',
    '(?:end|ending) (?:it|this|things|everything) (?:all|now|tonight|for good|forever|once and for all)|end it all',
    `(?:i|im|ill|id|ive|want|going|thinking|think|feel like|tempted|ready|plan|planning|decided|gonna|just|to) (?:about |of |to )?(?:just )?(?:end|ending) (?:it|things|everything)${END}`,
    '(?:want|wants|wanted|need|wish) (?:it all|everything|it|this|the pain|the noise|my head|my brain|all of this|all this) to (?:just )?(?:end|stop|be over|go (?:quiet|silent|dark|away|black)|switch off)(?: for good| forever| permanently)?' + END,
    '(?:pain|it all|everything) to (?:stop|end) (?:for good|forever|permanently)',
    `${NEGATED_WANT} ${GO_ON_LIVING}${END}`,
    `${NEGATED_WANT} ${GO_ON_LIVING} (?:like this|with this|this life|tomorrow|in the morning|ever again|again)`,
    `${NEGATED_WANT} to be (?:here|around|alive)(?: anymore)?${END}`,
    '(?:hope|hoping|wish) (?:i|that i) (?:dont|do not|never|wont) wake up|(?:sleep|go to sleep) (?:and )?(?:never|not) wake up|(?:want|wanna|wish i could|going|like|need) (?:to )?(?:just )?(?:go to )?sleep forever|never wake up again',
    'disappear (?:forever|for good|permanently)|(?:want|wish i could|going) (?:to )?(?:just )?disappear and never',
    'stop existing|stop living|stop being alive|stop breathing|not exist anymore|not to exist|sui (?:thoughts?|ideation|feelings|urges)',
    `(?:want|wanna|wish|ready|going) (?:to )?(?:just )?be gone${END}|nothing left (?:for me|in me|to live for)(?:${END}| here| in this world| in life)`,
    '(?:wont|will not|not going to) (?:be|have to) (?:[a-z]+ ){0,5}(?:much longer|for much longer|for long)',
    `(?:to|if i|wish i|want to) (?:just )?(?:not (?:be (?:here|around|alive)|exist|wake up)|wasnt (?:here|around|alive)|werent (?:here|around|alive))${END}`,
    '(?:going to|gonna|might|about to|afraid ill|scared ill|worried ill|will) do something (?:stupid|silly|drastic)',
    '(?:better off|happier|better|easier) (?:_)without me',
    '(?:better off|happier|better|easier) (?:_)if i (?:was |were |wasnt |werent |had |just |was not |were not )*(?:gone|dead|died|disappeared|not (?:here|around|alive)|around|here|never born|in the picture|on this earth|alive)',
    `(?:cant|couldnt) (?:go on|keep going|carry on)${END}|(?:cant|couldnt) (?:go on|keep going|carry on|keep living) (?:like this${END}|living|with life)`,
    `(?:cant|couldnt) (?:do|take|handle|bear|cope with|stand) (?:this|it|it all|any of this|life)${END}|(?:cant|couldnt) (?:take|handle|cope) (?:it |this )?anymore|cant cope${END}`,
    '(?:(?:had|have) enough|fed up) (?:of|with) (?:life|living|being alive|existing)|(?:life|living|existing|being alive|my existence) (?:_)(?:is|feels|seems|has become|has got) (?:so |completely |totally |just )?(?:pointless|meaningless|worthless|hopeless|unbearable|not worth it)',
    `(?:done|finished) with (?:life|living|it all|everything|being alive|all of it|all of this)|(?:done|finished) (?:[a-z]+ ){0,8}with (?:all of (?:it|this)|it all|everything|life|living|being alive) for good|(?:tired|sick|exhausted|fed up) (?:of|with) being (?:me|myself)${END}|(?:tired|sick|exhausted|weary|worn out|drained) (?:_)(?:of|with|from) (?:living|life|being alive|existing|it all|being here|(?:being me|being myself)${END})`,
    '(?:give|gives|given|gave|giving|throw|throwing|threw|thrown) (?:up|in the towel) on (?:life|living|being alive)|(?:quit|quitting|call(?:ing)? it quits) on (?:life|living)',
    `(?:this is (?:my )?(?:goodbye|goodbyes))|(?:said|saying|say) (?:my )?goodbyes? to (?:everyone|everybody|all|you all|my family|the world)|final goodbye|goodbye forever|(?:goodnight|good night|bye|farewell) (?:forever|for good|for the last time)${CLOSE}|goodbye (?:everyone|everybody|world|cruel world|all)${END}|goodbye (?:notes?|letters?)`,
    '(?:wont|will not|not going to) be (?:here|around|alive) (?:much longer|for long|tomorrow|anymore|by)',
    '(?:wont|will not|dont|never) have to (?:worry about|deal with|put up with|see) me (?:for )?(?:much longer|anymore|soon|again)',
    '(?:im|i am|i feel like|i feel|just) (?:just |such |only |nothing but |a huge |a |an |like )*(?:burden|waste of space|waste of oxygen)(?! (?:on|to) (?:the |my )?(?:team|colleagues|manager)| when i ask| at work)',
    'think(?:ing)? (?:about|of) (?:dying|death|being dead|not being (?:here|alive|around))|thoughts (?:of|about) (?:dying|death|ending it)',
    'slit (?:my|his|her|their) wrists?',
    // Slang for killing oneself, in any tense ("top myself", "neck myself", "do myself in", "ctb").
    `(?:top|topping|topped|tops|neck|necking|do|doing|did) ${SELF}(?: in)?${END}|\\bctb\\b|catch the bus (?:early|soon|tonight)`,
    // Backstop: a leaning towards one's own death in the same clause, either order, whatever the wording between.
    `${LEANING} (?:[a-z]+ ){0,6}${OWN_DEATH}|${OWN_DEATH} (?:[a-z]+ ){0,4}${LEANING}`,
    `(?:im|i am|time to|ready to|going to|want to|about to) (?:just )?check(?:ing)? out${END}|\\bi (?:just )?cant anymore${END}`,
    `made (?:my )?peace(?:${END}| with (?:dying|death|it all|everything|everyone|the world|god))|${DECIDED} (?:[a-z.]+ ){0,4}(?:tonights|todays|tomorrows) the (?:night|day)${END}|(?:tonights|todays|tomorrows) the (?:night|day) (?:[a-z.]+ ){0,4}${DECIDED}`,
    `(?:telling|tells|told|tell|say|says|said) (?:me|i) (?:to|should) (?:jump${END}|die|kill myself|end it|hurt myself|cut)`,
    '(?:had|made|survived) (?:an |a |another |my )?(?:suicide )?attempt(?! (?:at|to|on|of|in|with))',
    `${DESIRE} (?:to )?(?:just )?dye${END}`,
    `(?:notice|care|miss me|mind|cry|be sad|come to my funeral)(?: at all| much)? (?:if|when) i ${GONE_FOR_GOOD}`,
    `(?:would|will|does|do|did|if) ${ANYONE} (?:even |really |actually |ever |honestly )?(?:notice|care|miss me|mind)(?: at all)?${END}`,
    '(?:better off|happier|better|easier) (?:_)with me (?:dead|gone)|(?:wants?|wanted) me (?:dead|gone for good)',
    '(?:letters?|notes?|messages?|texts?|videos?) (?:_)(?:_)(?:saying|to say) goodbye|goodbye (?:letters?|notes?|messages?|texts?|videos?)',
    '(?:give|gives|giving|gave|given) (?:all |away )?(?:of )?my (?:things|stuff|belongings|possessions|pets?|cat|dog|clothes)(?: away)?(?: because| as| since)? (?:_)(?:away|wont need|not need)|wont need (?:it|them|any of (?:it|this)) (?:where im going|much longer|after (?:tonight|this week|friday))',
    `(?:wont|will not|not going to) be (?:anyones|everyones|your|a|their|his|her|my (?:[a-z]+ )?s) (?:problem|burden)(?:${END}| (?:much longer|for long|anymore|soon))`,
    '(?:be with|join|see) (?:my |him |her |them )?(?:[a-z]+ ){0,2}(?:in heaven|on the other side|up there)|(?:want|wanna|ready|going|long|wish i could) (?:to )?(?:go )?(?:and |to )?(?:be with|join) (?:my )?(?:[a-z]+ ){0,2}(?:[a-z.]+ ){0,4}(?:shes|hes|theyre|in) (?:in )?(?:heaven|dead|gone|passed|the ground)',
    '(?:use|using|used|turn|turning|point|pointing|aim|aiming) (?:_)on myself|(?:gun|knife|blade|razor) (?:_)(?:to|at|against) (?:my )?(?:head|throat|wrists?|temple)',
    '(?:hope|hoping|pray|praying|wish) (?:that )?(?:i )?(?:get|gets|got|die|died) (?:hit by|run over|killed|in (?:a|my) sleep|cancer)|(?:wouldnt|would not|dont|do not) (?:mind|care) (?:if i (?:died|die|got hit|didnt wake up|never woke up|was dead)|dying|not waking up|being dead)',
    '(?:cant|cannot|dont think i can|not sure i can) keep myself safe|(?:not|dont feel) safe (?:from|with|around) myself|(?:im|i am) a danger to myself',
    '(?:dark|bad|scary|intrusive) thoughts (?:_)(?:about |of )?(?:dying|death|ending|killing|not being|hurting)|(?:having|had|get|getting|been having) (?:really |very |such |some )?dark thoughts|(?:im|i am|been|in) (?:in )?(?:a )?(?:really |very |such a |pretty )?dark place',
    // The burden thought, unfinished ("i keep thinking everyone would be better off") or with the pay-out named.
    `(?:everyone|everybody|they|theyd|people|my (?:[a-z]+ )?(?:${RELATION}|friends|kids|children)|the world|you all|all of them) (?:would |will |might )?(?:all )?(?:be )?(?:so |so much |much |a lot |way )?(?:better off|happier)${CLOSE}`,
    'better off (?:_)with (?:the |my )?(?:life )?insurance|better off (?:_)with me (?:gone|dead|out of the (?:way|picture))|(?:better off|happier|easier) (?:_)not (?:being )?(?:here|around|alive|existing)|better off (?:gone|never born|never having been born)',
    // Not expecting to be around ("i dont see myself being around much longer").
    '(?:dont|cant|do not|cannot|never) (?:think|see|imagine|expect|picture) (?:_)(?:being|be|staying|stay|to be|living|sticking) (?:here |around |alive )?(?:for )?(?:much|very much|any|a lot|too much) longer',
    // Goodbyes and instructions left for others.
    '(?:written|wrote|writing|write|left|leaving|leave) (?:_)(?:letters|notes|goodbyes) (?:to|for) (?:_)(?:family|parents|kids|children|friends|loved ones|everyone|everybody|each of)|(?:letters?|notes?) (?:_)just in case',
    `(?:said|saying|say) (?:all )?(?:of )?my goodbyes${END}|(?:my )?(?:last|final) (?:message|text|post|words|note|letter) (?:to|for) (?:anyone|anybody|everyone|everybody|the world|you all|my family)(?! (?:before|until|till|about))`,
    `(?:^|(?<=\\. ))(?:please |pls |plz |can you |could you )?(?:just )?(?:tell|let) (?:my |everyone)(?:[a-z]+ ){0,2}(?:know )?(?:that )?(?:i love (?:them|her|him|you|everyone)|im sorry|i loved|it wasnt (?:their|her|his|your) fault)|sorry for everything${END}`,
    `(?:^|(?<=\\. ))(?:please |pls |plz )?(?:look after|take care of|feed|find a home for|rehome) my (?:cat|cats|dog|dogs|pets?|kids|children|babies|rabbit|hamster|fish)(?:${END}| for me)|(?:when|after|once) im (?:gone|dead|not here|not around)${END}`,
    `(?:wish|wishing|wished) (?:i|id) (?:had |would |could |just )?(?:never|not|hadnt|didnt|wouldnt) (?:have )?(?:woken|woke|wake|waken) up${END}(?! so (?:late|early))`,
    '(?:wish|wishing|hope|hoping|pray|praying|want) (?:that )?(?:a |the |some )?(?:car|bus|lorry|truck|train|van|plane) (?:would |will |could |just |to )*(?:hit|run (?:me )?over|kill|crash into|mow (?:me )?down) (?:me|over)?',
    '(?:wont|will not|not going to|no longer|never) be (?:a |an )?(?:burden|problem|bother|nuisance|weight) (?:to|on|for) (?:anyone|anybody|everyone|everybody|you all)|(?:wont|will not) be (?:a |an )?(?:burden|problem) (?:_)(?:much longer|for long|soon|anymore)|soon (?:_)(?:wont|will not|not going to|no longer) be (?:a |an )?(?:burden|problem)',
    // Others would manage without me; only people who could be left count ("the team will cope without me" does not).
    `(?:everyone|everybody|my (?:[a-z]+ )?(?:${RELATION}|friends|kids|children)|they|people|the world) (?:would |will |d )?(?:all )?(?:cope|manage|do|be|get on|carry on)? ?(?:fine|ok|okay|alright|just fine|better|great) without me(?! (?:at|on|in|for|while|during|when|there|tonight|today|tomorrow))`,
    // Sleep, drift or vanish and never come back ("go to sleep and never come back"); a trip is not it.
    '(?:sleep|disappear|drift off|fade away|vanish|fall asleep) (?:_)(?:and )?never (?:come back|return|wake)',
    `(?:dont|do not) know how (?:much )?(?:longer|long) i can (?:keep going|go on|carry on|keep living|hold on|last|do this|take (?:it|this)|cope)${END}|(?:dont|do not) know how (?:much )?(?:longer|long) i can (?:keep going|go on|carry on) like this`,
    `(?:letter|note|message|video) (?:_)(?:_)(?:explaining|to explain|saying|telling (?:them|her|him)) why (?:i|im) (?:had to go|have to go|needed to go|did (?:it|this)|couldnt (?:go on|stay|do this)|cant (?:go on|stay))${END}`,
    `(?:sorted|sorting|decided|deciding|worked out|written down) (?:out )?who (?:gets|will get|should have|can have|should get) my(?! (?:old )?(?:desk|shifts|job|role|clients|projects|parking|office|room|locker))(?!(?: [a-z]+){0,4} when i (?:leave|move|go|retire|quit))|wont (?:be )?need(?:ing)? (?:them|it|these|those|any of (?:it|this|them))(?: anymore)?${END}`,
    `(?:wont|will not|not going to|dont think ill|dont think i will|never) (?:be )?(?:here|around|alive|talking to (?:anyone|anybody|you)|speaking to (?:anyone|anybody|you)|seeing (?:anyone|anybody|you)|needing (?:anything|this|it)) (?:after tonight|past tonight|by (?:tomorrow|the morning|morning))${END}|last time (?:you|anyone|youll|anyone will|anybody) (?:ever )?hears? from me|(?:never|wont) (?:ever )?hear from me again`,
    `(?:im sorry|sorry) i wasnt (?:enough|good enough for (?:you|everyone|you all))${END}`,
    `(?:want|wanna|going|gonna|tempted|thinking about|think about|feel like|could|might) (?:to )?(?:just )?(?:crash|wrap|drive|steer) (?:my |the )?car(?: into [a-z]+| off [a-z]+)?${END}`,
    `(?:sat|sitting|sit) in (?:the |my )?car (?:[a-z.]+ ){0,10}(?:hosepipe|hose|exhaust)|(?:hosepipe|hose) (?:_)(?:car|exhaust|window)`,
    `cant face (?:tomorrow|another day|waking up|the morning|living|life|going on|anything anymore)${END}`,
    `(?:drink|drinking) (?:_)until i (?:cant|dont|cannot|do not) feel (?:anything|a thing)`,
    `(?:no one|nobody|you|they|everyone) (?:_)(?:has|have|will have|wont have|wont need) to (?:deal with|worry about|put up with|look after) me${CLOSE}`,
    '(?:cant|dont|do not|cannot|never) (?:see|imagine|picture) (?:myself|me) (?:getting (?:older|old)|growing old|reaching (?:[0-9]+|twenty|thirty|forty)|making it to|living (?:past|to|beyond))|(?:my )?(?:last|dying|final) wish(?:es)? (?:is|are|would be) (?:that|for my (?:family|kids|children|mum|dad|parents))',
    `(?:except|other than|besides|apart from|only option is|only way is|way out is) (?:just )?(?:dying|death|ending (?:it|things|everything|my life)|killing myself|suicide)${END}`,
  ),
  ...rule(
    'selfHarm',
    '(?:relapsed|relapse|relapsing) (?:[a-z.]+ ){0,8}(?:cut|cutting|burnt|burned|burning|blade|sh)|(?:cut|cutting) (?:really |so |too |very )?deep(?:er)?',
    '(?:dont|do not) deserve (?:to eat|food|to sleep|to breathe|to exist|to live)',
    '(?:i |ive |keep |always |still )(?:bang|banging|banged|hit|hitting|smash|smashing|smashed) my head (?:on|against|into) (?:the |a )?(?:wall|floor|desk|door|table)',
    '(?:hurt|injure|harm|crash|break) (?:myself|my (?:leg|arm|wrist|ankle|car)) (?:_)so (?:that )?i (?:dont|wont|do not|would not|wouldnt|cant) (?:have to|need to|be able to)',
    // The urge as a thing of its own ("the urge is back", "fighting the urges"); "the urge to snack" is not it.
    '(?:the |my |these )?urges? (?:is |are |s |has |have )?(?:back|come back|came back|coming back|returned|getting (?:worse|stronger|bad|harder)|so strong|really strong|too strong|wont go|wont stop)|(?:fight|fighting|resist|resisting|fought|resisted|give in to|giving in to|gave in to) (?:the |these |my |this )?urges?(?! to)',
    `(?:cut|cuts|cutting|burn|burns|burning|burnt|burned|hurt|hurts|hurting|harm|harms|harming|scratch|scratches|scratching|scratched|hit|hits|hitting|punch|punches|punching|punched|bite|biting|starve|starving|starved|stab|stabbing|bruise|bruising|beat|beating|bang|banging|mutilate|mutilating) ${SELF}`,
    'self harm|self harming|self harmed|self harms|self injury|self injure|self injuring|self mutilation',
    '(?:relapsed|relapse|relapsing) (?:on |with |into )?sh|sh (?:urges?|scars?|again|relapse|wounds?)|shing',
    `(?:started|start|been|keep|stopped|stop|quit) cutting${END}|cutting (?:myself )?again`,
    `(?:want|wanted|urge|urges|need|going|started|start|keep|tempted) (?:_)to cut${END}|(?:cut|cutting) again|(?:cut|cutting|burning|burn|scratching) my (?:arms?|wrists?|legs?|thighs?|skin|stomach)`,
    'make (?:myself|me) bleed|(?:till|until) (?:i|they|it) bleeds?',
    '(?:cuts|burns|scars|bruises|marks) (?:_)(?:i (?:did|made|gave) (?:to )?myself|on my (?:arms?|wrists?|legs?|thighs?))',
    `(?:cut|cuts|cutting|carve|carves|carved|carving|burn|burns|burnt|burned|burning|scratch|scratches|scratched|scratching|slice|sliced|slicing|slash|slashed|slashing|scrape|scraped|scraping|dig|digging|dug|stab|stabbed|stabbing|bruise|bruised|bruising|pick|picking|picked|bite|bites|biting|bit) (?:_)(?:into |in |at |up )?my ${BODY}`,
    '(?:urge|urges|itch|craving|cravings|tempted|temptation) (?:_)to (?:cut|self harm|sh|burn myself|hurt myself|harm myself|bleed|scratch)',
    '(?:punch|punched|punching|punches|hit|hitting|bang|banged|banging|smash|smashed|smashing) (?:the |a )?walls? (?:_)(?:until|till|so|to make)|(?:wanted|want|needed|need) (?:it|myself) to (?:hurt|bleed)|(?:wanted|want|needed|need) to (?:feel (?:the )?pain|bleed|see blood)',
    '(?:deserve|deserved) (?:to (?:be hurt|suffer|feel pain|bleed|be punished|be in pain)|pain|the pain)|myself (?:_)(?:as|for) (?:a )?punishment',
    `(?:scars|cuts|burns|marks) (?:[a-z]+ ){0,5}(?:from|of) (?:cutting|self harm|burning myself|sh)|(?:cuts|burns|scars|marks) i (?:did|made)${END}|cut (?:_)too deep|(?:wont|cant|doesnt|isnt) stop(?:ped)? bleeding`,
    `(?:helps?|cope|coping|relief|release|addicted to|way to cope) (?:_)(?:_)(?:cutting|self harm|sh|hurting myself|burning myself)|(?:cut|cutting|sh|self harm|hurt myself|harm myself) (?:_)(?:to cope|to feel|helps|for relief|to release)|(?:i|still|been|to|and) sh(?:${END}| to| when| because| again)`,
    '(?:to|as a way to) punish myself|punish(?:ing)? myself (?:by|with) (?:cutting|hurting|burning|starving|hitting|not eating)|mak(?:e|es|ing) myself (?:throw up|vomit|purge)',
    '(?:hit|hitting|bang|banging|banged|cut|burn|burnt|burned|hurt|scratch|scratched|punch|punched|bit|bite|biting|starve|starved) (?:_)(?:_)on purpose',
    `(?:razor|blade|knife|lighter|scissors|compass|glass) (?:_)(?:on|into|across|against) my ${BODY}(?!(?: [a-z]+){0,4} (?:shave|shaving|shaved|rash))`,
    '(?:fresh|new|deep|old) (?:cuts|scars|wounds)|(?:hide|hiding|hid|cover|covering) (?:my |the )?(?:cuts|scars|wounds|burns|marks)|razor blades?|(?:bleed|bleeding|bled) on purpose|on purpose (?:_)(?:bleed|bleeds|bled)',
  ),
  ...rule(
    'harmedByOthers',
    `${PERSON} ${ABUSER_GAP}${ABUSE_ACT} (?:me|us)`,
    // Present-tense acts need no named abuser ("and hits me"); "it hits me that..." is an idiom guard.
    '(?:hits|beats|punches|slaps|kicks|chokes|strangles|rapes|abuses|molests|gropes|hurts|shoves|pinches|smacks|thumps) (?:me|us)|and (?:hit|punched|slapped|kicked|choked|strangled|raped|attacked|assaulted|groped) (?:me|us)',
    '(?:threaten|threatens|threatened|threatening|tried|trying|tries) to (?:kill|hurt|harm|beat|hit|stab|shoot|strangle|rape) (?:me|us)',
    `(?:threw|throws|throwing|pushed|pushes|pushing|shoved|shoves|dragged|drags|pinned|pins|slammed|slams) (?:me|us) (?:against|down|onto|to the (?:floor|ground)|across the room|down the stairs|into (?:a |the )?(?:wall|door|table))`,
    '(?:get|gets|getting|got|been|being) (?:beaten|hit|hurt|slapped|punched|kicked|abused|attacked) (?:at home|by (?:him|her|them|my))',
    '(?:forces|forced|forcing|makes|made|pressures|pressured) (?:me|us) (?:to )?(?:have sex|do sexual|sleep with|perform sexual)|without (?:my )?consent|non consensual',
    '(?:being|getting|get|gets|been) (?:hit|slapped|punched|kicked|choked|strangled)(?! (?:hard|by (?:the|this|that|bad|another|a wave)|with (?:the|a|another|bad)))',
    'im in danger|my life is in danger|fear for my life|(?:kill|hurt) (?:me|us) if i (?:leave|tell|go to the police|report)',
    '(?:im|i am|i was|i got|ive been|i have been|was|been|being|got) (?:_)(?:abused|raped|sexually assaulted|assaulted|molested|attacked|stabbed|strangled|choked|groomed|groped|mugged|trafficked|beaten up|beat up)',
    `beat (?:me|us) up|beating (?:me|us) up|(?:hit|hits|beat|beats|beaten|hurt) by (?:him|her|them|${PERSON})`,
    'domestic (?:violence|abuse)|abusive (?:relationship|home|household|marriage)|coercive control|sexual(?:ly)? (?:abuse|abused|assault|assaulted)|\\brape\\b|raped|molested|grooming me|groomed me',
    `(?:${PERSON}|he is|she is|they are) (?:_)(?:is |are |was |gets |getting )?(?:so |really |very |quite |always )?(?:abusive|violent)`,
    `abusive ${RELATION}`,
    `(?:scared|afraid|frightened|terrified|worried) (?:that )?(?:${PERSON}|him|her) (?:will|is going to|might|ll|would|could) (?:kill|hurt|hit|beat|find|rape) (?:me|us)`,
    `(?:scared|afraid|frightened|terrified) (?:to go home|of going home|for my life|for my safety|(?:of|that) (?:him|her|my (?:${RELATION}))|(?:he|she|they)(?:ll| will| is going to| might) (?:hurt|kill|hit|find) me)`,
    'not safe (?:at home|with (?:him|her|them|my)|around (?:him|her|them))',
    '(?:wont|wouldnt|didnt|doesnt|does not|will not|would not|never) let me (?:leave|see my (?:friends|family)|have (?:my own )?money)',
    `(?:wont|doesnt|does not|will not|never|dont|do not|isnt|arent|not) (?:even )?(?:let|allow|allowed) (?:me )?(?:to )?(?:go out|out (?:of (?:the|my) (?:house|flat|room)|alone|without (?:him|her|them))|leave|see (?:my )?(?:friends|family|mates|parents|anyone|anybody|people)|have (?:a |my own |my |any )?(?:money|bank|phone|friends)|talk to|speak to|work|use my phone|go anywhere)`,
    `(?:controls?|controlling|controlled|takes?|took|taking|keeps?|kept|keeping|has|have|holds|stole|steals|stealing) (?:all )?(?:of )?my (?:money|bank cards?|cards|phone|passport|wages|benefits|pay|pension|documents|car keys|keys|house keys)(?! (?:for me|to help|safe))`,
    '(?:checks|checking|checked|reads|reading|read|goes through|going through|went through|monitors|monitoring|tracks|tracking|tracked) (?:_)(?:my (?:phone|messages|texts|emails|location|bank)|where i (?:go|am|went))',
    `${CONTROL_ACT} (?:me|us)|(?:im|i am|i was|ive been|been|being|getting|got) (?:_)(?:threatened|stalked|blackmailed|harassed|groped|molested|spiked|drugged|controlled|isolated|bullied and (?:hit|beaten)|trafficked|exploited|coerced|pressured into sex)`,
    `(?:said|says|saying|told me|tells me|texted|messaged|swore|promised|warned|threatened|threatens) (?:_)(?:_)(?:hed|shed|theyd|hell|shell|theyll|he would|she would|they would|he will|she will|they will|going to|gonna|would|will) (?:_)(?:${VIOLENT_ACT}|kill) (?:me|us|my)`,
    `(?:going to|gonna|will|hed|shed|theyd|hell|shell|theyll|wants? to|wanted to|tried to|trying to|tries to|threatening to|come round and|come over and) (?:come (?:round|over|here|to my house) and )?(?:${VIOLENT_ACT}|jump) (?:me|us)(?! (?:in|at) (?:the )?(?:game|match|round|final|league))`,
    `${PERSON} ${ABUSER_GAP}(?:threw|throws|throwing|thrown|chucked|lobbed|hurled) (?:[a-z]+ ){0,3}at (?:me|us)|(?:bruises|marks|injuries|bleeding|black eye) (?:_)(?:from|because of) (?:him|her|them|${PERSON})`,
    `(?:nudes|nude|naked|intimate|private|sexual) (?:pictures|pics|photos|images|videos)? ?(?:_)(?:unless|or else|if i dont|to everyone|online)|(?:unless|or else) (?:i )?(?:send|sent|pay|give) (?:_)(?:pictures|pics|photos|nudes|money)|(?:share|post|send|leak|show) (?:my |the )?(?:nudes|pictures|pics|photos|videos) (?:_)(?:unless|if i|or)`,
    `(?:no one|nobody) (?:will|would|is going to) (?:ever )?believe (?:me|you)|(?:hurt|kill|lose|take|leave|ruin|destroy|tell everyone|report) (?:_)(?:if|when) i (?:ever )?(?:tell|leave|report|go to the police|speak up|say anything)(?:${END}| (?:him|her|them|anyone|someone|the police|on him|on her))`,
    `(?:touched|touches|touching|groped|grabbed|grabs) (?:me|my (?:body|breasts?|chest|bum|bottom|private)) (?:_)(?:when i was|without|and i|inappropriately|at night|in my room)|(?:touched|touches) me (?:inappropriately|there|when i was)|(?:comes?|coming|came|creeps?|creeping|sneaks?|sneaking) (?:in|into) my (?:room|bed|bedroom) (?:at night|when (?:im|i am|i was) (?:asleep|sleeping))|(?:keeps|kept) (?:creeping|sneaking) (?:in|into) my (?:room|bed|bedroom)`,
    `(?:grabbed|grabs|grab|held|holds|pinned) (?:me )?(?:by )?(?:my |the )?(?:throat|neck|hair|arms?|wrists?)|(?:pulls|pulled|pulling|yanks|yanked) my hair|spat (?:on|at) me|locks? me (?:in|out)|locked me (?:in|out)`,
    `(?:scared|afraid|frightened|terrified|petrified) of (?:my )?(?:${RELATION}|him|her|them)(?!s)`,
    '(?:posted|shared|leaked|spread|uploaded|sent round|showed everyone) (?:_)(?:private|intimate|naked|nude|explicit|sexual) (?:photos|pics|pictures|videos|images)|(?:posted|shared|leaked|spread|uploaded) (?:_)nudes',
    '(?:sex|slept with me|touched me|did (?:stuff|things) to me) (?:_)(?:_)(?:i said no|i didnt want|i was asleep|i was passed out|passed out|unconscious|too drunk to|without asking|blacked out)',
    '(?:followed|follows|following) me (?:home|everywhere|around)|(?:keeps?|been|always) (?:waiting|turning up|showing up|hanging around) outside my',
    '(?:have to|has to|had to|must|make me|made me|makes me|force me to|forced me to|forces me to|wants me to|expects me to|pressuring me to|pressured me to) (?:_)(?:(?:sleep with|have sex with) (?:him|her|them|someone|somebody|people|clients|customers|men|guys|my (?:[a-z]+ )?(?:boss|manager|landlord|teacher|tutor|coach|director|supervisor|friends?|mates?))|send (?:him |her |them )?(?:nudes|pics|pictures|photos)|do (?:sexual|stuff|things) (?:with|to|for) (?:him|her|them))',
    'forc(?:ed|ing|es) (?:me )?(?:_)(?:to marry|into (?:a )?marriage)|forced marriage',
    // Sexual coercion: sex as the price of a job, pressure into sex, things done against one's will.
    '(?:sleep|sleeping|slept|have sex|had sex) with (?:him|her|them|my [a-z]+) (?:_)(?:to keep|or (?:_)lose|or get|if i want(?:ed)?|for (?:a|the|my)) (?:_)(?:job|promotion|grades?|place|visa|contract|role|shifts|rent)',
    'pressur(?:e|es|ed|ing) (?:me|us) into (?:having )?(?:sex|sexual|sleeping with|doing (?:sexual|stuff|things))|(?:made|makes|make|forced|forces|forcing|pressured|pressures) (?:me|us) (?:to )?(?:do|doing) (?:things|stuff|something|sexual things) (?:_)(?:i (?:didnt|dont|did not|do not) want|i wasnt comfortable|against my will|i said no)(?!(?: to do| to)? (?:like|such as|at work|for work))',
    // Coercive control in words ("he tells me no one else would want me") and fear of leaving.
    `(?:tells|told|says|said|telling|saying|reminds) (?:me )?(?:[a-z]+ ){0,6}(?:that )?(?:no one|nobody) (?:else )?(?:would|will|could|is going to) (?:ever )?(?:want|love|have|put up with|believe) (?:me|you)|(?:scared|afraid|frightened|terrified) (?:to leave|of leaving) (?:him|her|them|my (?:${RELATION}))`,
    // Threats that name where someone lives or say they will come for them.
    `(?:he|she|they|hes|shes|theyre|someone|somebody|my ex|this (?:guy|man|woman|person)|a (?:guy|man|woman|stranger)) (?:_)(?:know|knows|found out|find out) where (?:i|we) (?:live|work|sleep|am)|(?:theyll|hell|shell|theyre|hes|shes|they will|he will|she will|going to|gonna) (?:_)come (?:for|after) (?:me|us|my family)`,
    `${PERSON} ${ABUSER_GAP}(?:touch|touches|touched|touching|grope|gropes|groped|groping|rubs|rubbed|rubbing) my (?:legs?|thighs?|knees?|bum|bottom|breasts?|chest|waist|body|private parts)`,
    '(?:tried|trying|tries) to (?:kiss|touch|grope|undress) me|(?:kissed|touched|groped) me (?:_)(?:i (?:didnt|dont) want|without|even though i said no|when i said no)|cornered me',
    `(?:scared|afraid|frightened|terrified|petrified|worried) (?:of )?what (?:my (?:[a-z]+ )?${RELATION}|he|she|they) (?:will|is going to|might|ll|would|could) do`,
    '(?:hasnt|hadnt|doesnt|dont|wont|wouldnt|didnt|havent|isnt|stopped|stops|refuses to|refused to) (?:been |even )?(?:fed|feed|feeding|give|giving|given) me (?:_)(?:properly|in days|for days|food|any food|anything to eat|my (?:meds|medication|medicine|tablets|insulin))',
    'spiked my (?:drink|drinks|food)|(?:drink|drinks) (?:was|were|got) spiked',
    `(?:wont|doesnt|does not|will not|never) (?:let me |give me )?(?:have )?(?:any )?(?:access to|control (?:of|over)) (?:our |my |the )?(?:money|bank|account|accounts|finances|car|phone)|${PERSON} (?:_)(?:tells|told|decides|chooses|controls) (?:me )?(?:what (?:i |to )?wear|who (?:i |to )?(?:see|talk to|speak to|text|message))`,
    `(?:hed|shed|theyd|hell|shell|theyll|going to|gonna|will|would|threatened to|threatens to) (?:_)(?:break|smash|snap) my (?:legs?|arms?|neck|face|jaw|fingers|nose|teeth|head)|(?:hell|shell|theyll|he will|she will|they will|hed|shed|theyd) (?:_)make (?:me|you) (?:pay|regret it|suffer)(?! for (?:the |my |a |his |her |their )?(?:drinks?|dinner|food|meal|bill|taxi|petrol|rent|tickets?|round))`,
    `(?:my ex|ex|hes|shes|theyve|someone|somebody|a (?:man|guy|woman|stranger|lad|bloke))(?: [a-z]+){0,3} (?:been|was|is|keeps|kept|waits|waiting|parks|parked|turns up|turned up|shows up|showed up|hanging around|hangs around|sitting|sat|standing|stood) (?:_)outside my`,
    `(?:filmed|recorded|photographed|took (?:photos|pictures|videos|pics) of) me (?:_)(?:without (?:me knowing|my consent|asking|permission)|in the (?:shower|bath|toilet)|naked|undressing|changing|while i (?:was )?(?:asleep|sleeping|changing))|(?:hell|shell|theyll|hes going to|shes going to|theyre going to|threaten(?:s|ed|ing)? to|says hell|said hed) (?:_)(?:send|post|share|show|leak|put) (?:it|them|the (?:video|videos|photos|pics|pictures)) (?:_)(?:everyone|online|the internet|my (?:family|parents|mum|dad|boss|friends|work))`,
    '(?:sending|sends|sent|send) me (?:_)(?:sexual|explicit|dirty|naked|nude) (?:messages|texts|pics|pictures|photos|videos|comments|stuff)|dick pics',
    '(?:saying|says|said|texted|messaged|wrote|notes?|messages?) (?:_)(?:theyre|hes|shes|they are|he is|she is|someone is|theyve been|hes been|shes been) (?:_)(?:watching|following) (?:me|my)|(?:im|i am|i keep) being (?:watched|followed)',
    'push(?:es|ed|ing)? (?:me|us) (?:around|over|about|down|into (?:a |the )?(?:wall|door|table)|against|off)',
    `${PERSON} ${ABUSER_GAP}(?:broke|broken|fractured|cracked|bruised|split|burnt|burned|scalded) my (?:arm|leg|nose|ribs?|wrist|jaw|lip|fingers?|hand|face|head|tooth|teeth|skin)`,
  ),
  ...rule(
    'planOrMeans',
    `${MEDS} (?:_)(?:saved|stashed|stockpiled|hidden|hoarded|ready|collected|lined up)`,
    `(?:saved|saving|stockpile|stockpiled|stockpiling|hoard|hoarded|hoarding|stash|stashed|stashing|collecting|collected|hiding|hid|hidden) (?:_)${MEDS}|(?:keeping|kept|storing|stored) (?:back |aside |away )?(?:all |extra |spare |loads of |enough )(?:of )?(?:my |the )?${MEDS}`,
    `enough ${MEDS}|(?:take|took|taking|taken|swallow|swallowed|swallowing|down|downed|neck|necked) (?:all|every|each|a load|loads|a lot|a bunch|the whole|a whole|too many|handfuls|a handful|all of|every one)(?: of)? (?:my |the |of my |of the )?${MEDS}`,
    `how (?:many|much) (?:[a-z]+ )?(?:${MEDS}|[a-z]+) (?:_)(?:to die|to kill|would (?:it )?(?:take|kill)|(?:is|are|would be) (?:lethal|fatal|deadly)|to overdose|to od)|(?:lethal|fatal) dose`,
    'overdose|overdosing|overdosed|\\bod\\b|\\boding\\b',
    `(?:vodka|alcohol|booze|whisky|wine) (?:_)(?:and|with) (?:_)${MEDS}|${MEDS} (?:_)(?:and|with) (?:_)(?:vodka|alcohol|booze|whisky|wine)`,
    '(?:went|go|going|been|drove|walked|stood|standing) (?:up )?(?:to|on) (?:the )?(?:bridge|cliffs?|cliff edge|railway tracks|train tracks|tracks|roof)(?! (?:club|terrace|garden|bar|party|game|tournament|tour|run|walk|top bar))',
    'noose|(?:bought|got|have|tied|buy|buying|found|bring|brought) (?:_)(?:a |the )?(?<!(?:climbing|skipping|tow|washing|jump) )rope(?! (?:for|swing|ladder|bridge|course|climb|climbing|lights?|toy))',
    `(?:know|planned|planning|plan|worked out|working out|decided|figured out|figuring out|thought about|thinking about|researching|know exactly) (?:_)(?:how|when|where) (?:id|i would|ill|i will|im going to|i am going to|to) (?:do it|end it)${END}`,
    '(?:have|got|made|make|making|ive got) (?:a |the |my )?plans? (?:to|for how to|for how i|on how to) (?:_)(?:end|kill|die|do it|take my|overdose)',
    // "Pick a time" is what the reframe asks of a learning goal; "I've picked a date" is a plan.
    `(?:picked|chosen|set) (?:a |the )?(?:date|day|time)${END}|(?:picked|chosen|set|choose|pick) (?:a |the )?(?:date|day|time) to (?:do it|end it|die)`,
    `(?:knife|knives|blade|blades|razor|razors|gun|rope|${MEDS}) (?:_)(?:ready|waiting|next to me|by my bed)`,
    '(?:bought|got|buy|have|buying) (?:_)(?:a |the )?(?:gun|razor blades?|blades)',
    '(?:jump|jumping|throw myself|throwing myself|step|stepping|drive|driving|crash|crashing)(?: [a-z]+){0,2} (?:off|from|into) (?:the |a |an |this |that |my |our )?(?:bridge|roof|building|cliff|tower|balcony|ledge|multi storey|car park|river|wall|tree)',
    '(?:jump|jumping|throw myself|throwing myself|step|stepping|walk|walking|lie|lying) (?:in front of|under) (?:a |the )?(?:train|car|bus|lorry|truck|tube)',
    'standing on (?:the |a |this )?(?:bridge|ledge|roof|edge|platform edge)',
    '(?:standing|stood|sitting|sat|climbed|climbing|perched|leaning|hanging) (?:_)(?:on|over|off|at) (?:the |a |this )?(?:edge of (?:the |a |this )?|ledge of (?:the |a |this )?)(?:bridge|roof|rooftop|cliff|building|balcony|car park|platform|tower)|(?:im|i am) (?:standing|sitting|stood|sat|up) (?:on|at) (?:the |a |this )?(?:bridge|roof|rooftop|cliff|ledge)',
    `how (?:long|quick|quickly|fast|many|much|high|far|deep|big) (?:[a-z]+ ){0,8}${LETHAL}|(?:which|what) (?:[a-z]+ )?(?:${MEDS}|drugs?|poisons?|chemicals?) (?:_)(?:would|will|could|can|to) (?:_)${LETHAL}`,
    `(?:keep|kept|cant stop|been|always|obsessing|obsessed|fixated|staring|stare|stared|looking) (?:_)(?:thinking |thought )?(?:about|of|over|at) (?:the |my |those |all the |all my )?${MEANS}(?! (?:tonight|later|appointment|prescription|review|dose|dosage|side effects|working))`,
    '(?:if i (?:just )?|could (?:just )?|might (?:just )?|think about |thinking about |want to |going to |gonna )(?:_)(?:drive|drove|driving|crash|crashed|crashing|steer|steered|swerve|swerved) (?:_)(?:off (?:a |the )?(?:cliff|bridge|road|edge)|into (?:a |the )?(?:wall|tree|lorry|truck|river|sea|oncoming|traffic))',
    `(?:looking up|looked up|look up|researching|researched|googling|googled|searching for|searched for|reading about) (?:different |some |the |suicide )?(?:methods|ways)(?: online| on the internet| on google)?${END}`,
    `${MEDS} (?:_)enough${END}|enough (?:_)to (?:die|kill (?:me|myself)|do it|end it|od|not wake up)|how (?:many|much) (?:[a-z]+ ){0,2}${MEDS} (?:_)before|(?:liver|kidneys?|heart) (?:to )?(?:fail|fails|failure|stop|stops)`,
    `(?:take|took|taking|taken|swallow|swallowed|down|downed|had) (?:a |the )?(?:whole |full |entire |two |three )?(?:box|boxes|bottle|bottles|pack|packs|packet|packets|strip|strips) (?:of )?(?:my |the )?(?:[a-z]+ )?${MEDS}|(?:took|taken|take|taking|swallowed|swallow|downed|had) ${MANY} (?:of )?(?:my |the )?(?:[a-z]+ )?${MEDS}`,
    `(?:left|leaving|leave|written|wrote|writing|write) (?:a |my )?(?:suicide |goodbye |final )?notes?(?:${END}| on the | for (?:my )?(?:family|parents|mum|dad|kids|wife|husband|partner|everyone))`,
    '(?:where|how) (?:id|i would|ill|i will|im going to|to) (?:tie|hang|attach) (?:it|myself|the rope|the belt)|(?:climbed|climbing|climb|got|went|stepped) over (?:the )?(?:railings?|barriers?|edge|side|parapet) (?:_)(?:bridge|roof|cliff|balcony|car park|building|motorway|ledge)',
    '(?:fast|next|express|oncoming|speeding|passing) trains? (?:_)(?:_)(?:not getting on|in front|step|jump|wondering)|(?:edge of the|the) platform (?:_)(?:step off|jump|wondering)',
    `die (?:from|by|of|if you|if i) (?:_)(?:cut|cutting|slit|slitting|hang|hanging|jump|jumping|overdos[a-z]*|drown[a-z]*|${MEDS}|wrists?|bleeding out|suffocat[a-z]*)`,
    '(?:walk|walking|swim|swimming|wade|wading) (?:out )?into the (?:sea|ocean|river|lake)(?: and (?:not|never|keep))?|(?:drink|drinking|drank|swallow|swallowed) (?:_)(?:bleach|antifreeze|poison|weedkiller)|carbon monoxide|(?:hose|pipe) (?:to|from) the exhaust',
    '(?:ways|way|methods|method|how) to (?:die|kill myself|end it|end my life|commit suicide|overdose)|painless(?:ly)? (?:way|ways|method|death)|most painless',
    `(?:take|took|swallow|swallowed|down|neck) (?:the |a |my )?(?:whole|full|entire) (?:box|boxes|bottle|pack|packet|strip|lot|tub)${END}`,
    '(?:looked up|looking up|googled|googling|searched|checked|researched|researching) (?:_)how (?:high|tall|far down|deep|long a drop)|how (?:high|tall) (?:is )?(?:the |that |this )?(?:bridge|building|multistorey|multi storey|car park|cliff|tower|balcony)',
    `(?:what (?:would|will) happen|what happens|would i die|would it kill me|would i survive) if (?:i|you|someone) (?:took|take|swallowed|swallow|drank|drink) (?:_)(?:whole|entire|all|too many|loads|a lot|a bottle|a box|a packet|${MANY}) (?:of )?(?:my |the |of my |of the )?(?:[a-z]+ )?(?:${MEDS}|prescription|supply|bleach|them)`,
    // Means in hand right now ("the pills are in my hand", "im holding the knife").
    `(?:holding|hold|have|got|ive got|with) (?:a |the |my )?${PORTABLE_MEANS}(?: right now| now| in my hands?| to my| against)|${PORTABLE_MEANS} (?:is |are )?(?:in my hands?|in front of me|right here|on my lap|next to me)(?! (?:in|at) (?:the )?(?:kitchen|restaurant))`,
    '(?:bleed|bleeding|bled) out(?! (?:in|on) (?:the )?(?:game|match|round|raid|level))|(?:is it|would it be|how) (?:_)(?:painful|quick|fast|peaceful|hurt) (?:to )?(?:die|drown|hang|overdose|od|jump|suffocate)|(?:does|would|will) (?:it |dying |drowning |hanging |an overdose |overdosing )?hurt to (?:die|drown|hang|overdose|od|jump)',
  ),
  ...rule(
    'noReasonToLive',
    `(?:no|not any|not a|zero|(?:dont|cant|do not|cannot) see (?:the|a|any)|lost (?:the|all|any|my)) (?:reason|point|purpose) (?:_)(?:(?:to|in|of) )?(?:me )?(?:live|living|be alive|being alive|be here|being here|exist|existing|life|(?:go on|going on|keep going|carry on|carrying on|anything)${END}|any of it)`,
    `whats (?:even |really |actually |honestly )?the point (?:of |in )?(?:living|life|going on|being alive|existing|being here|it all|anything|me|any of it|trying anymore)|whats (?:even |really |actually )?the point${END}|what is the point${END}`,
    '(?:nothing|nobody|no one) (?:left )?to live for|(?:whether|if) i live or die',
    '(?:my )?lifes? (?:is |isnt |is not |aint |just isnt |feels |seems )?(?:not )?worth (?:living|it|anything|nothing)(?! for)|life (?:is|feels|seems) (?:so )?(?:pointless|meaningless|worthless)|life has no (?:meaning|point|purpose)',
    `(?:no one|nobody|not one person)(?: would| will| d)?(?: even| really| ever)? (?:miss me(?:${END}| if| when)|(?:notice|care|mind|cry)(?: at all)? (?:if|when) i (?:was |were |just )?(?:died|die|dead|gone|disappeared|wasnt (?:here|around)|werent (?:here|around)|killed myself|didnt wake up))`,
    `see no way out|no way out(?:${END}| of (?:this|it|here|my life|the pain|this mess|this feeling))|(?:dont|cant|do not|cannot) see (?:a |any )?(?:future|way forward|way out|reason to (?:live|go on))(?! (?:in|at|with) )`,
    `(?:shouldnt|should not|dont deserve to|do not deserve to) (?:be here|be alive|exist|live)(?:${END}| anymore)`,
    `(?:no|not any|not a|zero|(?:dont|cant|do not|cannot) see (?:the|a|any)|lost (?:the|all|any|my)) (?:reason|point|purpose) (?:_)(?:for me )?(?:to )?(?:keep (?:living|going|on|existing|breathing|trying)|stay alive|stay here|be around|wake up|get up in the morning|exist)`,
    `no way out (?:except|but|other than|apart from|besides)|only (?:one )?way out`,
    `(?:cant|dont|do not|cannot) see (?:any |a )?(?:way|how) (?:things|it|life|anything) (?:_)(?:gets?|getting|will get|could get|is going to get|ever gets?) better|(?:things|it|life) (?:will never|wont ever|is never going to|never) get better${END}`,
    `(?:dont|do not|cant|cannot) (?:think|see|imagine) (?:that )?(?:i|ill|myself) (?:will |ll |can |could )?(?:make it|being (?:here|around|alive)|be (?:here|around|alive)|survive|last|lasting|making it) (?:to|till|until|through|past|for|another) (?:(?:my|the|next|this|another) )?(?:birthday|christmas|new year|next year|tomorrow|morning|night|the night|tonight|much longer|end of (?:the )?(?:year|month)|day|week|summer|(?:\\d+|[a-z]+ )?(?:more )?(?:days|weeks))`,
    `(?:i|im|ill|id) (?:_)(?:wont|will not|not going to|dont think ill) be (?:here|around|alive) (?:_)(?:next (?:year|month|week|christmas)|by (?:then|christmas|next|the (?:end|summer|weekend))|much longer|for long|to see)`,
  ),
  // Two weak hints together: means at hand and despair in the same message.
  {
    category: 'planOrMeans',
    pattern: phrase(
      `(?:(?:theres|there is|ive got|i have|i got|got|have|bought|keep|kept) (?:a |the |my |some |all my |all the |loads of |a bottle of |a box of |a pack of )?${PORTABLE_MEANS}|${PORTABLE_MEANS} (?:_)(?:in|on|under) (?:the |my )${STORE})${FOR_AILMENT}`,
    ),
    alsoNeeds: phrase(DESPAIR),
  },
  { category: 'suicide', pattern: phrase(VEILED_ACT), alsoNeeds: phrase(DESPAIR) },
  { category: 'suicide', pattern: phrase(FAREWELL_ADDRESS), alsoNeeds: phrase(FAREWELL_ABSOLUTION) },
  // A burden thought and an absence in one message ("my kids deserve a better dad than me, one who isnt here").
  {
    category: 'suicide',
    pattern: phrase('deserves? (?:_)better (?:_)than me|(?:im|i am|being) (?:just )?(?:a |the )?(?:burden|disappointment|problem|waste of space)'),
    alsoNeeds: phrase(`(?:isnt|wasnt|not|werent) (?:here|around|alive|in the picture)${END}|without me|(?:gone|out of the (?:picture|way))${END}`),
  },
  // Being made to do things, with a sign it was sexual or against one's will ("forced to do stuff by an older guy when i was 14").
  {
    category: 'harmedByOthers',
    pattern: phrase('(?:forced|made|pressured|coerced|forcing|pressuring) (?:me )?(?:to )?(?:do|doing|into) (?:stuff|things|something|sexual)'),
    alsoNeeds: phrase('when i was (?:[0-9]+|a (?:kid|child|teenager)|young|little|underage)|older (?:guy|man|woman|boy|girl|lad)|against my will|i (?:didnt|did not) want(?!(?: to do| to)? (?:like|such as))|i said no|touch(?:ed|ing)?|naked'),
  },
  {
    category: 'harmedByOthers',
    pattern: phrase(`(?:(?:told|tells|asked|asks|made|makes|wants) me (?:to )?(?:keep (?:it|this|us|our [a-z]+) (?:a )?secret|not (?:to )?tell (?:anyone|anybody|my (?:mum|dad|parents|family))(?: about (?:it|this|us))?)|our (?:little )?secret)${END}`),
    alsoNeeds: phrase(GROOMING_CONTEXT),
  },
];

/** Dying wished for in sleep, at the wheel, or told by the critic; goodbyes and letters left; means weighed as a question. */
export const OBLIQUE_RULES: CrisisRule[] = [
  {
    category: 'suicide',
    pattern: phrase(`(?:sleep|asleep|slept) (?:_)(?:and )?(?:just )?(?:didnt|did not|never|not|wouldnt|dont) wake(?: up)?|if i (?:just )?(?:didnt|did not|never|dont) wake up|takes? me in my sleep|(?:not|didnt|dont|never) (?:turn|turning) the wheel|(?:it|the critic|the voice|my head|a voice) (?:just )?(?:says|tells me|keeps saying|keeps telling me) (?:to )?(?:end it|die|kill myself)`),
  },
  {
    category: 'planOrMeans',
    pattern: phrase(`(?:said|saying|say) (?:my )?goodbyes? (?:to )?(?:most of (?:them|my [a-z]+)|(?:everyone|everybody|the people) (?:who|that) matters?)|already said (?:my )?goodbyes?|(?:have|got) a plan now|(?:written|wrote|writing|left) (?:_)(?:letters?|notes?) (?:for|to) (?:_)(?:my )?(?:mum|mom|dad|family|sister|brother|kids|partner|wife|husband|everyone|parents)`),
    alsoNeeds: phrase(`understand|forgive|sorry|once (?:they|you|she|he)|when (?:im|i am) gone|goodbye|matters?|this week|tonight|and its|now and`),
  },
  {
    category: 'planOrMeans',
    pattern: phrase(`(?:most|maximum|max|how many|how much) (?:_)${MEDS} (?:_)(?:_)(?:before|until) (?:it|they|you) (?:gets?|is|are|becomes?|becoming) (?:dangerous|fatal|lethal|deadly|toxic)|how (?:high|tall|far) (?:[a-z]+ ){0,12}(?:fatal|lethal|kill (?:you|someone|a person)|die)|top (?:floor|storey|level) of the (?:multi storey|car park)`),
  },
  {
    category: 'planOrMeans',
    pattern: phrase(`(?:its|it is|it isnt|it wont be) (?:not )?(?:your|anyones) fault`),
    alsoNeeds: phrase(`if i (?:dont|do not|never|stop) (?:log|come|reply|answer|show|message|turn)|after (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|this week|today)|when (?:im|i am) gone`),
  },
];

/** Someone the writer could harm. */
const TARGET =
  '(?:him|her|them|that (?:guy|man|woman|bloke|girl|boy|kid|lad|ref|referee)|(?:my|his|her|the|that|our) (?:[a-z]+ )?(?:boss|manager|ex|teacher|coach|colleague|landlord|neighbour|flatmate|housemate|brother|sister|partner|husband|wife|boyfriend|girlfriend|bf|gf|dad|mum|mom|son|daughter|baby|newborn|toddler|kid|kids|child|ref|referee|friend|mate|teammate|classmate|family|parents)|someone|somebody|people|everyone|anyone|a baby|a child|a kid|(?:the|a) (?:next )?(?:person|stranger|man|woman|guy)|strangers)';
const HARM_INTENT =
  '(?:going to|gonna|will|ill|want to|wanna|wanted to|planning to|plan to|urges? to|thoughts? (?:of|about)|thinking (?:of|about)|could (?:actually|really|genuinely|seriously)|about to|ready to|dream (?:to|of|about)|tempted to|scared (?:i will|ill|i might))';
const HARM_ACT =
  '(?:kill|killing|hurt|hurting|harm|harming|stab|stabbing|shoot|shooting|attack|attacking|strangle|strangling|smother|smothering|poison|poisoning|beat up|beating up|batter|battering|punch|punching|burn|burning|shake|shaking|drown|drowning|push|pushing|choke|choking)';
const WEAPON = '(?:knife|knives|gun|shotgun|rifle|petrol|poison|acid|machete|crossbow|blade)';

/** Wanting, planning or being driven to harm someone else; venting and intrusive urges are asked about first. */
export const HARM_TO_OTHERS_RULES: CrisisRule[] = [
  { category: 'harmToOthers', pattern: phrase(`${HARM_INTENT} (?:_)${HARM_ACT} (?:_)?${TARGET}`), askFirst: true },
  { category: 'harmToOthers', pattern: phrase(`(?:urges?|thoughts?|images?|voice|it) (?:_)(?:tells? me |keeps? telling me )?to ${HARM_ACT} (?:_)?${TARGET}`), askFirst: true },
  {
    category: 'harmToOthers',
    pattern: phrase(`make (?:him|her|them) pay|(?:regret|regretting) (?:it|this)|getting what(?:s| is) coming|show (?:him|her|them) what happens|wait(?:ing)? for (?:him|her|them)|where (?:he|she|they) lives?|list of names|get (?:my )?revenge|get back at`),
    askFirst: true,
  },
  // A weapon or means with a person in view is more than venting.
  {
    category: 'harmToOthers',
    pattern: phrase(`(?:got|have|bought|carrying|carry|brought|bring|with|keep|kept|holding) (?:a |the |my |his |her |some |an |an old |my dads |my dads old )?(?:[a-z]+ )?${WEAPON}`),
    alsoNeeds: phrase(`(?:his|her|their) (?:place|house|flat|home|address|car|work|office)|outside (?:his|her|their)|${HARM_ACT} (?:_)?${TARGET}|regret|revenge|pay for|humiliat\\w*|angry|furious|hate (?:him|her|them)`),
  },
  // Intrusive images and urges, fantasies, fear of one's own hands: asked about directly, with care.
  {
    category: 'harmToOthers',
    pattern: phrase(`(?:urges?|impulses?|flashes|images?|intrusive thoughts?|fantasi[sz]e|fantasi[sz]ing) (?:_)(?:of |about |to )?(?:[a-z]+ )?${HARM_ACT}|(?:swerv\\w*|drive|driving) into (?:the )?(?:people|crowd|pedestrians|bus stop)|(?:feel|scared|afraid|worried) (?:like )?(?:ill|i will|i might|im going to) (?:hit|hurt|harm|shake|strangle) (?:_)?${TARGET}`),
    askFirst: true,
  },
  // Threats with a day or a promise to them ("he'll be sorry on monday", "mark my words").
  {
    category: 'harmToOthers',
    pattern: phrase(`(?:hell|shell|theyll|he will|she will|they will) (?:_)(?:be sorry|regret (?:it|this|the day))|mark my words|(?:going to|gonna|will) end up in (?:hospital|a wheelchair|a box|the ground)|make (?:them|him|her|everyone|you) (?:all )?(?:pay|suffer)|(?:started|been|keep|kept) (?:following|tracking) (?:her|him|them)|(?:prison|jail) (?:_)(?:worth it|be worth)|worth (?:going to|doing) (?:prison|jail|time) for|(?:burn|torch) (?:[a-z]+ )?(?:house|flat|car|place) down`),
    askFirst: true,
  },
  // Harm meant, done before, or promised: full support.
  {
    category: 'harmToOthers',
    pattern: phrase(`(?:smash|kick|cave|bash|punch) (?:his|her|their|your) (?:face|head|teeth) in|(?:burn|set fire to) (?:_)(?:house|flat|car|place)(?: down)? with (?:him|her|them) (?:in it|inside)|if i cant have (?:_)(?:\\. )?(?:then )?(?:nobody|no one|noone|she|he|they) (?:can|cant|will|wont|gets?)|(?:before i |dont want to |not to |stop myself (?:from )?)(?:hurt|hit|hurting|hitting|strangle|choke) (?:_)?${TARGET} again|(?:nearly|almost) (?:strangled|killed|choked|stabbed|smothered|hit|hurt) (?:_)?${TARGET}|make (?:someone|somebody|him|her|them) disappear`),
  },
];


/** A child in view: an age, a school year, a pupil, a child next door. */
const CHILD =
  '(?:im|i am|shes|hes|she is|he is|they are) (?:only |maybe |about )?(?:[4-9]|1[0-7])\\b|\\b(?:[2-9]|1[0-7]) ?(?:years? old|yrs? old|yo)\\b|year (?:[1-9]|1[0-3])s?\\b|pupils?|my (?:students?|class)|child|children|kids?|little (?:boy|girl|brother|sister|one)|toddler|small (?:boy|girl)|(?:boy|girl) (?:from )?(?:upstairs|downstairs|next door|in my class)';
/** Signs that a child is being hurt, neglected or exploited. */
const CHILD_HARM =
  'bruis\\w*|burns? (?:on|marks)|burn(?:s|ed|t)? (?:her|him|them|me) with|(?:hits?|hitting|beats?|beating|slaps?|hurts?|hurting|kicks?) (?:her|him|them|me|us)|threw (?:a |the |his |her )?[a-z]+ at (?:me|her|him|us)|drag(?:s|ged|ging)? (?:her|him|me) |food (?:out of|from) the bins|same (?:dirty )?clothes|left (?:alone|on (?:her|his|their) own)|locked (?:in|out)|post my (?:photos|pictures|pics|nudes)|send (?:him |her |them )?(?:more )?(?:photos|pictures|pics|nudes)|(?:2[0-9]|3[0-9]|4[0-9]|older) (?:year old )?(?:man|guy|bloke|boyfriend|bf)|not (?:to )?tell (?:my|her|his) (?:mum|mom|dad|parents)|door blocked|barricad\\w*|scared to go home|ask(?:s|ed|ing)? (?:[a-z0-9]+ ){0,5}for (?:photos|pictures|pics|nudes)|screamed at every|gets screamed at';

/** A child at risk, told by the child or by a worried adult. */
export const CHILD_RULES: CrisisRule[] = [
  { category: 'childAtRisk', pattern: phrase(CHILD), alsoNeeds: phrase(CHILD_HARM) },
  // Told without an age: games kept secret, a baby shaken, an adult and a young teen, a relative's touch.
  {
    category: 'childAtRisk',
    pattern: phrase(`special games|shak(?:es|ing|e|en|ed|ook) (?:the|my|her|his|their|our) (?:baby|newborn|toddler|little one)|(?:bf|boyfriend|he|hes|he is) (?:is )?(?:1[8-9]|[2-5][0-9]) and (?:im|i am) (?:1[0-5]|[5-9])\\b|(?:im|i am) (?:1[0-5]|[5-9]) and (?:my )?(?:bf|boyfriend|he) (?:is|s) (?:1[8-9]|[2-5][0-9])|(?:uncle|coach|teacher|stepdad|step dad|cousin|neighbour|babysitter|tutor|grandad|granddad|brother in law) (?:_)touch(?:es|ed|ing)? (?:him|her|me|them)\\b(?! up)`),
  },
  // Someone who hurts the writer, or the writer's mother, told plainly.
  {
    category: 'harmedByOthers',
    pattern: phrase(`(?:gets|got|takes|took|get|take|with|uses|used) (?:_)(?:the |his |her |a )?belt(?: out| off)?|(?:so|until) (?:he|she|they|my [a-z]+) (?:_)(?:doesnt|dont|wont|stops?|stop) (?:hurt|hit|hitting|hurting|beating)|(?:hits|beats|slaps|chokes|strangles) my (?:mum|mom|mother|sister|brother|wife)|(?:made|make|makes|making) me (?:sleep|stay|stand|wait) (?:in|outside)(?: the| a)? (?:garage|shed|garden|cold|car|cupboard|basement)|should(?:ve| have) been (?:drowned|aborted|killed|strangled)|deserve it when (?:he|she|they) (?:gets|get) (?:angry|mad|drunk)|screams at me (?:_)throws|(?:threw|throws|throwing) (?:_)at (?:my head|me)|(?:a |the )?(?:mug|plate|glass|bottle|chair|shoe|phone|remote|knife) at my head`),
    alsoNeeds: phrase(`(?:he|she|they|him|her|dad|mum|mom|father|mother|parents?|stepdad|step dad|partner|husband|wife|boyfriend|girlfriend|bf|gf|uncle|brother|sister|coach)\\b`),
  },
  {
    category: 'harmedByOthers',
    pattern: phrase(`leave (?:him|her|them|someone|my [a-z]+) safely|without (?:him|her|them) finding out where|(?:not|stop|avoid) (?:get|getting) (?:hit|beaten|hurt|slapped) (?:when|if|for|every|by (?:him|her|them|my))`),
    askFirst: true,
  },
  { category: 'harmedByOthers', pattern: phrase('(?:dont|do not|never|no longer) feel safe (?:at home|in my (?:own )?(?:home|house|flat)|around (?:him|her|them)|with (?:him|her|them|my [a-z]+))') },
];

/** Hurting oneself on purpose, with a tool or a reason that says it was no accident. */
export const SELF_PUNISHMENT_RULES: CrisisRule[] = [
  // Food withheld, a head hit against a wall, "sh" for self-harm, the old coping thing back: hurting oneself, plainly.
  {
    category: 'selfHarm',
    pattern: phrase(`(?:dont|do not|didnt|wont|not|stopped|stop) let(?:ting)? myself eat|(?:starve|starving|starved) myself|(?:have|had|got) to starve|(?:hitting|hit|banging|bang|banged|smashing) my head (?:_)(?:on|against|into) (?:the |a )?(?:wall|door|desk|floor)|without sh\\b|(?:relapsed?|relapsing) on sh|\\bsh (?:urges?|again|scars?|marks?)|(?:old|usual) coping thing|(?:not to|how to not|how not to|stop) (?:hurt|hurting|burn|burning|cut|cutting|hitting|punishing) myself|(?:pick up|picked up|reach for|reached for) the (?:lighter|blade|razor)`),
  },
  {
    category: 'selfHarm',
    pattern: phrase(`(?:should|deserve to|need to|must) be punished|(?:hide|hiding|cover|covering) (?:the |my )?(?:marks|cuts|scars|bruises)|(?:make|making|get) (?:the |my )?scars (?:_)(?:fade|go|disappear)|long sleeves`),
    askFirst: true,
  },
  {
    category: 'selfHarm',
    pattern: phrase('(?:burn|burning|burnt|burned|scrub|scrubbing|scrubbed|scratch|scratching|scratched|pinch|pinching|bite|biting|hit|hitting|punch|punching|slam|slammed|slamming|bang|banging|press|pressed|pressing) (?:_)(?:on |into |against )?(?:myself|my (?:own )?(?:arm|arms|leg|legs|skin|wrist|wrists|hand|hands|head|thigh|thighs|stomach|face))'),
    alsoNeeds: phrase('on purpose|deliberately|to feel|deserve|punish\\w*|again|until (?:it|i)|with (?:a |the |my )?(?:lighter|straighteners|iron|compass|blade|razor|wire brush|fist|lighter)|(?:lighter|straighteners|compass|blade|razor)|told (?:my \\w+ |them |everyone )?it was an accident|hide|hiding'),
  },
];

/**
 * Narrow idioms. A rule match overlapping one of these spans is ignored
 * ("cut myself some slack", "career suicide", "die of embarrassment").
 */
export const IDIOM_GUARDS: RegExp[] = [
  'kill(?:ing|ed)? (?:myself|me) (?:laughing|with laughter)',
  'killing myself (?:trying|studying|revising|working|training|over (?:this|that|it|the|my|a) (?:essay|work|project|exam|deadline|job|assignment|thesis|dissertation|report|course|presentation))',
  '(?:career|political|social|commercial|financial|electoral|professional|fashion|brand) suicide',
  'suicide (?:squad|mission|missions|doors?|drills?|sprints?|runs?|lane|squeeze|bid|prevention|awareness|statistics|rates?|blonde)',
  'cut (?:myself|yourself|herself|himself) (?:off|some slack|slack|short|shaving|cooking|chopping|slicing)|(?:accidentally|by accident) cut myself|cut myself (?:by accident|accidentally)',
  '(?:burnt|burned|burn) myself (?:cooking|on the (?:oven|iron|kettle|stove|pan|hob|toaster))|(?:accidentally|by accident) (?:burnt|burned|hurt) myself',
  'hurt myself (?:playing|at the gym|at training|in the gym|running|lifting|training|skiing|falling|when i fell|by accident|accidentally)',
  'beat(?:ing|s)? (?:myself|yourself|herself|himself|themselves) up',
  'hit (?:me|us) up|kick(?:s|ed|ing)? (?:me|us) (?:out|off)|beat (?:me|us) (?:at|in|to)',
  'rather (?:just )?die than',
  '(?:die|died|dying) (?:of|from|with) (?:embarrassment|laughter|laughing|cringe|boredom|curiosity)',
  'stabbed (?:me )?in the back',
  // Where or how someone lives is not about living at all ("tired of living out of a suitcase").
  '(?:live|living|lived) (?:in|at|out of|on|near|abroad|alone|together|off|under|for the)|(?:live|living) with (?:my|his|her|their|a|friends|flatmates|housemates|parents|them|him|her)',
  '(?:it|this|that|reality|the (?:news|realisation|truth|thought|fact)) (?:_)(?:hits|hit|beats) (?:me|us)|(?<!(?:he|she|they|him|her|them|dad|mum|mom|father|mother|partner|husband|wife|boyfriend|girlfriend|brother|sister|stepdad|uncle|ex) )beats me (?:why|how|what|where|who)',
  'hit (?:me|us) with (?:a |an |the |some |this |that |her |his |their )?(?:[a-z]+ )?(?:question|questions|surprise|news|curveball|task|request|facts|truth|joke|pun|line|bill|deadline|feedback|idea|offer)',
  '(?:film|movie|show|book|song|documentary|series|episode|article|lecture|podcast|play|novel|poem|story|essay) (?:_)(?:about|on|covering|featuring) (?:_)(?:suicide|self harm|domestic (?:violence|abuse)|(?:a |an )?(?:guy|girl|man|woman|character|person|boy|kid) who (?:_)(?:die|dies|suicide))',
  'die if i (?:dont|do not|cant) (?:get|have|eat|find|see)|(?:called|named|titled) (?:[a-z]+ ){0,2}suicide',
  // Fiction and history: characters and figures who die are not the writer ("the main character kills himself at the end").
  '(?:character|protagonist|hero|heroine|villain|narrator|king|queen|emperor|soldier|author|poet|artist|singer|actor|actress)s? (?:(?:in|of) (?:the |this |that )?(?:book|film|movie|show|series|play|novel|story|game|song|poem) )?(?:_)(?:kills|killed|hangs|hanged|shoots|shot|drowns|drowned|dies|died|bleeds out|bled out) (?:himself|herself|themselves)?',
  // Talking about a topic, not living it ("a module on self harm awareness"); helplines are not listed, asking for one is a crisis.
  '(?:self harm|self injury|domestic (?:abuse|violence)|abuse|overdose|mental health) (?:awareness|prevention|training|module|course|workshop|research|statistics|policy|lecture|seminar|campaign|first aid)',
  // Games and stories: things done to a character or in a mission ("my character got stabbed in the last mission").
  '(?:stabbed|shot|killed|attacked|strangled|beaten up|bled out) (?:_)in (?:the |this |that |my )?(?:last |first |final |next )?(?:mission|level|quest|raid|match|round|game|cutscene|episode|chapter|season)',
  // A will written for a life event is planning, not a goodbye.
  '(?:wrote|written|writing|sorted|updated|making|made) (?:out )?my will (?:[a-z]+ ){0,6}(?:baby|mortgage|house|married|wedding|solicitor|lawyer|retire|retirement|pension|estate)',
  "(?:comment|comments|words|remark|criticism|feedback|rejection|it|that) (?:_)cut (?:really |so |very )?deep",
  '(?:like|could|feel like|want to|wanted to) (?:just )?(?:bang|banging|hit|hitting) my head (?:against|on) (?:a |the )?(?:brick )?wall',
  // Going somewhere high or near trains for a stated ordinary reason ("went to the bridge to watch the sunset").
  '(?:bridge|cliffs?|roof|rooftop|tracks|station|platform|beach) (?:_)to (?:watch|see|enjoy|take (?:photos|pictures|pics)|photograph|meet|have (?:a|lunch|dinner|a picnic)|look at the view|walk the dog|film)',
  'overdos(?:e|ed|ing) on (?:caffeine|coffee|sugar|chocolate|netflix|tv|telly|memes)',
].map(phrase);
