import type { Config } from '../config/config';
import type { EffectHandlers } from '../conversation/effects';
import { DirectLineStore } from '../directline/store';
import { UNANSWERED_QUESTION_DAYS, UnansweredQuestionStore } from '../faq/unansweredQuestions';
import type { GoalCheckStore } from '../goalChecks/goalCheckStore';
import type { ContactRequestStore } from '../handoff/contactRequests';
import type { Logger } from '../logger';
import type { Db } from '../storage/db';
import { deleteDataHandler, describeDataHandler } from './dataEffects';

/** "What do you know about me" and "delete my data", over everything that keeps a person's words. */
export function createPrivacyEffects(db: Db, requests: ContactRequestStore, goalChecks: GoalCheckStore, config: Config, logger: Logger): Pick<EffectHandlers, 'describeData' | 'deleteData'> {
  const questions = new UnansweredQuestionStore(db);
  return {
    describeData: describeDataHandler(requests, questions, goalChecks, { stateDays: config.stateTtlDays, requestDays: config.handoff.contactRetentionDays, questionDays: UNANSWERED_QUESTION_DAYS }),
    deleteData: deleteDataHandler(requests, questions, goalChecks, new DirectLineStore(db), logger),
  };
}
