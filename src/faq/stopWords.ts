// Function words, fillers, and the framing people wrap around a question ("tell me about", "I read that", "what does … mean"),
// which carries no topic. "who" is kept: it is what tells "who is Carol Dweck?" from "what is a growth mindset?".
// Apostrophes are already stripped, so contractions appear closed up ("whats").
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again all am an and any are arent as at be been being but by can cant could couldnt
  d did didnt do does doesnt doing dont down during each else even ever exactly few for from further get gets
  getting got had has have having he her here hers herself him himself his how hows i id if im in into is isnt
  it its itself ive just of like ll m me mean meaning means more most my myself no nor not now of off on
  once only or other our ours ourselves out over own pls please plz re really s same she should shouldnt so
  some such t than that thats the their theirs back want wanted wanting everything anything them themselves then there theres these they this those through
  thing things to too u under until up us ve very was wasnt wait we were what whats when where which while 
  why will with wont would wouldnt ya yeah you your youre yours yourself yourselves
  tell explain define definition describe know okay ok hey hi hello sorry story something someone anyone
  true actually basically say said bit lot happen happened happens go going goes went come came make makes made making stuff way
  without keep kept people guys guy totally literally honestly always never maybe probably pretty quite still also lately normal
  kinda sorta gonna wanna bio biography life read heard hear seen saw told wonder wondering curious question ask asking
  mention mentioned called named work today yesterday tonight week weeks month months ago recently
  simply simple simplest briefly nutshell matter matters quick quickly one random btw anyway anyways though article blog post page text piece site website earlier above bot`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

// Tokens that say what kind of answer is wanted but not what about: a query made only of these has no topic.
export const INTENT_TOKENS: ReadonlySet<string> = new Set(['who']);
