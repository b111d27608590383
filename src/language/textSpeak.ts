/**
 * Chat spellings and frequent slips, word → standard words. One table for the whole language layer: intents, yes/no,
 * the FAQ and the safety check all read a message through it.
 */
export const TEXT_SPEAK: Readonly<Record<string, string>> = {
  u: 'you', ur: 'your', ya: 'you', yu: 'you', r: 'are', n: 'and', w: 'with', b4: 'before', ppl: 'people', pls: 'please',
  plz: 'please', plss: 'please', pleas: 'please', thx: 'thanks', ty: 'thank you', ta: 'thanks', msg: 'message',
  wanna: 'want to', wana: 'want to', wna: 'want to', gonna: 'going to', gna: 'going to', tryna: 'trying to', finna: 'going to', gotta: 'got to',
  wnat: 'want', whant: 'want', wnt: 'want', wnna: 'want to', wanan: 'want to', dnt: 'dont', cnt: 'cant', cannot: 'cant',
  noone: 'no one', no1: 'no one', sum1: 'someone', some1: 'someone', any1: 'anyone', ne1: 'anyone', every1: 'everyone',
  evry1: 'everyone', nobdy: 'nobody', abt: 'about', bout: 'about', rn: 'right now', bc: 'because', cuz: 'because',
  coz: 'because', cos: 'because', becuz: 'because', bcoz: 'because', idk: 'i dont know', dunno: 'dont know', idc: 'i dont care',
  tbh: 'to be honest', ngl: 'not going to lie', imo: 'in my opinion', btw: 'by the way', rly: 'really', jus: 'just',
  juss: 'just', tho: 'though', wud: 'would', wld: 'would', cud: 'could', shud: 'should', wer: 'were', wen: 'when',
  enuf: 'enough', nuff: 'enough', tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight', '2day': 'today',
  '2moro': 'tomorrow', '2morrow': 'tomorrow', tmrw: 'tomorrow', tmr: 'tomorrow', pic: 'picture', info: 'information',
  convo: 'conversation', cya: 'see you', ttyl: 'talk to you later', gtg: 'got to go', g2g: 'got to go', brb: 'be right back',
  nvm: 'never mind', k: 'ok', kk: 'ok', okk: 'ok', okey: 'ok', okay: 'ok', yep: 'yes', yup: 'yes', yeh: 'yes', yea: 'yes',
  yeah: 'yes', ye: 'yes', yh: 'yes', ys: 'yes', nah: 'no', nope: 'no', naw: 'no', na: 'no', nop: 'no',
  meself: 'myself', mysef: 'myself', mself: 'myself', ded: 'dead', lyf: 'life', liv: 'live',
  hurtin: 'hurting', killin: 'killing', dyin: 'dying', livin: 'living', cuttin: 'cutting', anymor: 'anymore', nomore: 'no more',
  thearpist: 'therapist', therapyst: 'therapist', therpist: 'therapist', councellor: 'counsellor', counciller: 'counsellor',
  councillor: 'counsellor', counselor: 'counsellor', profesional: 'professional', proffesional: 'professional',
  someome: 'someone', somone: 'someone', sombody: 'somebody', plese: 'please', pleae: 'please', delet: 'delete', dleete: 'delete',
  wot: 'what', wat: 'what', wut: 'what', wht: 'what', hw: 'how', thnk: 'think', smth: 'something', sth: 'something',
  sumthin: 'something', somethin: 'something', nothin: 'nothing', gud: 'good', bcos: 'because',
  hlp: 'help', halp: 'help', hepl: 'help', mnu: 'menu', menue: 'menu', stp: 'stop', strat: 'start', agian: 'again', agin: 'again',
};

/** Expands each word of already-normalised text through the table, so "idk u" reads as "i dont know you". */
export function expandTextSpeak(words: readonly string[]): string[] {
  return words.flatMap((word) => (Object.hasOwn(TEXT_SPEAK, word) ? TEXT_SPEAK[word].split(' ') : [word]));
}
