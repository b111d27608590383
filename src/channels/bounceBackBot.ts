import { ActivityHandler, ActivityTypes, DeliveryModes, TurnContext, type Activity } from 'botbuilder';
import type { ConversationEngine } from '../conversation/engine';
import type { TurnInput } from '../conversation/turnInput';
import { renderTurn, type OutgoingActivity } from '../render/render';
import { traitsFor } from '../render/channelTraits';
import { sendHandoffInitiation } from './handoffEvent';

export interface BotOptions {
  /** Send the Bot Framework handoff.initiate event after a contact request is saved (HANDOFF_EVENT). */
  handoffEvent?: boolean;
}

/** Conversation state is keyed per channel and conversation, so two channels never share a person's state. */
export function conversationKey(activity: Partial<Activity>): string {
  return `${activity.channelId ?? 'unknown'}/${activity.conversation?.id ?? 'unknown'}`;
}

/** The one place where a botbuilder Activity becomes a channel-neutral turn. */
export function toTurnInput(context: TurnContext): TurnInput {
  const activity = context.activity;
  // In a group chat Teams puts "<at>Bounce Back</at>" into the text; the person's words are what is left.
  const text = TurnContext.removeRecipientMention(activity) ?? activity.text ?? '';
  return {
    kind: 'message',
    text: text ?? '',
    value: activity.value,
    hasAttachments: (activity.attachments?.length ?? 0) > 0,
    locale: activity.locale,
  };
}

/**
 * Replies longer than one message get a typing indicator first, so the person knows more is coming; except when
 * every reply comes back at once in the HTTP response (expectReplies), where nothing would be shown before them.
 */
function withTyping(activities: OutgoingActivity[], deliveryMode: string | undefined): OutgoingActivity[] {
  return activities.length > 1 && deliveryMode !== DeliveryModes.ExpectReplies ? [{ type: ActivityTypes.Typing }, ...activities] : activities;
}

export class BounceBackBot extends ActivityHandler {
  constructor(private readonly engine: ConversationEngine, private readonly options: BotOptions = {}) {
    super();
    this.onMembersAdded(async (context, next) => {
      const bot = context.activity.recipient?.id;
      const people = (context.activity.membersAdded ?? []).filter((member) => member.id !== bot);
      if (people.length > 0) await this.respond(context, { kind: 'join', locale: context.activity.locale });
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.respond(context, { kind: 'join', locale: context.activity.locale });
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.respond(context, toTurnInput(context));
      await next();
    });
  }

  private async respond(context: TurnContext, input: TurnInput): Promise<void> {
    const result = await this.engine.turn(conversationKey(context.activity), input, context.activity.channelId);
    await context.sendActivities(withTyping(renderTurn(result, traitsFor(context.activity.channelId)), context.activity.deliveryMode));
    if (this.options.handoffEvent) await sendHandoffInitiation(context, result);
  }
}
