import { webChatConversationOf } from '../conversation/conversationKeys';
import type { EffectHandler } from '../conversation/effects';
import type { UnansweredQuestionStore } from '../faq/unansweredQuestions';
import type { GoalCheckStore } from '../goalChecks/goalCheckStore';
import { describeTime } from '../goalChecks/goalCheckTime';
import type { ContactRequestStore } from '../handoff/contactRequests';
import type { Logger } from '../logger';

export interface Retention { stateDays: number; requestDays: number; questionDays: number }

/** The questions the FAQ could not answer that one conversation asked. */
export type KeptQuestions = Pick<UnansweredQuestionStore, 'countFor' | 'deleteFor'>;

/** The check-ins on a goal that one conversation agreed to. */
export type PlannedGoalChecks = Pick<GoalCheckStore, 'plannedFor' | 'deleteFor'>;

/** "What do you know about me": the stored contact requests, how many unanswered questions, how long things are kept (the machine adds the answers it holds). */
export function describeDataHandler(requests: ContactRequestStore, questions: KeptQuestions, goalChecks: PlannedGoalChecks, retention: Retention): EffectHandler<'describeData'> {
  return async (_effect, turn) => ({
    event: {
      type: 'DATA_SHOWN', requests: await requests.summariesFor(turn.key), stateDays: retention.stateDays, requestDays: retention.requestDays,
      questions: await questions.countFor(turn.key), questionDays: retention.questionDays,
      goalChecks: (await goalChecks.plannedFor(turn.key)).map((check) => ({ goal: check.goal, on: describeTime(check.dueAt, check.timeZone) })),
    },
  });
}

/** Where a channel keeps a transcript of its own: the embedded web chat, whose erase also ends the conversation. */
export interface Transcripts { erase(conversationId: string): Promise<number> }

/**
 * "Delete my data": the contact requests, pending notifications, unanswered questions, planned check-ins and the web chat transcript go now (and the web chat's
 * tokens stop working); the conversation state is forgotten instead of saved.
 */
export function deleteDataHandler(requests: ContactRequestStore, questions: KeptQuestions, goalChecks: PlannedGoalChecks, transcripts: Transcripts, logger: Logger): EffectHandler<'deleteData'> {
  return async (_effect, turn) => {
    const deleted = await requests.deleteFor(turn.key);
    const questionsDeleted = await questions.deleteFor(turn.key);
    const goalChecksDeleted = await goalChecks.deleteFor(turn.key);
    const webChat = webChatConversationOf(turn.key);
    if (webChat) await transcripts.erase(webChat);
    logger.info({ event: 'privacy.deleted', requests: deleted.requests, alreadySent: deleted.alreadySent, questions: questionsDeleted, goalChecks: goalChecksDeleted }, 'a person deleted their data');
    return { event: { type: 'DATA_DELETED', ...deleted, questions: questionsDeleted, goalChecks: goalChecksDeleted }, forget: true, happened: { type: 'privacy.deleted' } };
  };
}
