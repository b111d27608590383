/** How trying a learning goal went, as the check-in's four buttons put it. */
export type GoalProgress = 'well' | 'partly' | 'notYet' | 'didntTry';

export const PROGRESS_CHOICES: Record<GoalProgress, string> = {
  well: 'goalCheck.went.well',
  partly: 'goalCheck.went.partly',
  notYet: 'goalCheck.went.notYet',
  didntTry: 'goalCheck.went.didntTry',
};
