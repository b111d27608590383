/** How trying a learning goal went, as the check-in's four buttons put it. */
export type GoalProgress = 'well' | 'partly' | 'notYet' | 'didntTry';

export const PROGRESS_CHOICES: Record<GoalProgress, string> = {
  well: 'goalCheck.went.well',
  partly: 'goalCheck.went.partly',
  notYet: 'goalCheck.went.notYet',
  didntTry: 'goalCheck.went.didntTry',
};

// Tried in this order: "didn't try" and "not yet" hold words ("well", "good") that the kinder readings also look for.
const READINGS: Array<[GoalProgress, RegExp]> = [
  ['didntTry', /\b(didnt|did not|havent|have not|never|couldnt|could not|wasnt able to)\b.{0,30}\b(try|tried|get (a )?(round|around|chance)|got (round|around)|start|started|do it|bother|time)\b|\b(forgot|no time|too busy|skipped it|put it off)\b/],
  ['notYet', /\b(not yet|not really|didnt work|did not work|didnt go well|did not go well|badly|failed|no luck|terrible|awful|rubbish|worse|didnt manage|did not manage|no)\b/],
  ['partly', /\b(partly|partially|part of|sort of|kind of|kinda|somewhat|half|some of|a bit|bits|mixed|ok|okay|alright|so so|not bad|could be better|getting there)\b/],
  ['well', /\b(well|great|good|brilliant|fine|did it|managed|nailed|success|successful|worked|yes|yeah|amazing|better)\b/],
];

/** Reads typed words ("kinda", "didn't get round to it") as one of the four answers; undefined when they say none. */
export function readProgress(plain: string): GoalProgress | undefined {
  return READINGS.find(([, pattern]) => pattern.test(plain))?.[0];
}
