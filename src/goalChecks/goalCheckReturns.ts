import { webChatKey } from '../conversation/conversationKeys';
import { happened, type ConversationEngine } from '../conversation/engine';
import type { GoalCheckStore } from './goalCheckStore';

/**
 * A browser back in a new web chat conversation, with the key it kept when a check-in was planned: the check-in moves
 * to the new conversation, and one already due is made the first thing there.
 */
export class GoalCheckReturns {
  constructor(private readonly store: GoalCheckStore, private readonly engine: ConversationEngine, private readonly now: () => number) {}

  async arrive(returnKey: string, conversationId: string): Promise<void> {
    const key = webChatKey(conversationId);
    for (const check of await this.store.moveReturning(returnKey, key)) {
      // Not due yet: it comes in this conversation when it is.
      if (check.dueAt > this.now()) continue;
      // Nothing is shown yet: the conversation has not begun, and its welcome (in the asked state) asks it before anything else.
      const result = await this.engine.turn(key, { kind: 'goalCheckDue', goal: check.goal }, { channelId: 'directline' });
      if (happened(result, 'goalCheck.asked')) await this.store.remove(check.id);
    }
  }
}
