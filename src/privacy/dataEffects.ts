import { webChatConversationOf } from '../conversation/conversationKeys';
import type { EffectHandler } from '../conversation/effects';
import type { ContactRequestStore } from '../handoff/contactRequests';
import type { Logger } from '../logger';

export interface Retention { stateDays: number; requestDays: number }

/** "What do you know about me": the stored contact requests and how long things are kept (the machine adds the answers it holds). */
export function describeDataHandler(requests: ContactRequestStore, retention: Retention): EffectHandler<'describeData'> {
  return async (_effect, turn) => ({
    event: { type: 'DATA_SHOWN', requests: await requests.summariesFor(turn.key), stateDays: retention.stateDays, requestDays: retention.requestDays },
  });
}

/** Where a channel keeps a transcript of its own: the embedded web chat, whose erase also ends the conversation. */
export interface Transcripts { erase(conversationId: string): Promise<number> }

/**
 * "Delete my data": the contact requests, pending notifications and the web chat transcript go now (and the web chat's
 * tokens stop working); the conversation state is forgotten instead of saved.
 */
export function deleteDataHandler(requests: ContactRequestStore, transcripts: Transcripts, logger: Logger): EffectHandler<'deleteData'> {
  return async (_effect, turn) => {
    const deleted = await requests.deleteFor(turn.key);
    const webChat = webChatConversationOf(turn.key);
    if (webChat) await transcripts.erase(webChat);
    logger.info({ event: 'privacy.deleted', requests: deleted.requests, alreadySent: deleted.alreadySent }, 'a person deleted their data');
    return { event: { type: 'DATA_DELETED', ...deleted }, forget: true, happened: { type: 'privacy.deleted' } };
  };
}
