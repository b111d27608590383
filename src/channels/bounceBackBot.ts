import { ActivityHandler, ActivityTypes, Channels, DeliveryModes, EndOfConversationCodes, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { channelKey, webChatKey } from '../conversation/conversationKeys';
import type { TurnOrigin } from '../conversation/effects';
import { happened, type ConversationEngine, type TurnResult } from '../conversation/engine';
import type { TurnInput } from '../conversation/turnInput';
import type { OutgoingActivity } from '../render/outgoingActivity';
import { renderTurn } from '../render/render';
import { traitsFor } from '../render/channelTraits';
import { sendHandoffInitiation } from './handoffEvent';

export interface BotOptions {
  /** Send the Bot Framework handoff.initiate event after a contact request is saved (HANDOFF_EVENT). */
  handoffEvent?: boolean;
}

/** Set in turnState by the embedded web chat's adapter: its turns are keyed apart from anything /api/messages can name. */
export const EMBEDDED_WEB_CHAT = Symbol('embedded web chat turn');

/** The event that hands the web chat page the key of a check-in planned in this conversation. */
export const RETURN_KEY_EVENT = 'bounceBack.returnKey';

/** Conversation state is keyed per channel and conversation, so two channels never share a person's state. */
export function conversationKey(context: TurnContext): string {
  const { channelId, conversation } = context.activity;
  return context.turnState.get(EMBEDDED_WEB_CHAT) === true ? webChatKey(conversation.id) : channelKey(channelId, conversation?.id);
}

/** The one place where a botbuilder Activity becomes a channel-neutral turn. */
export function toTurnInput(context: TurnContext): TurnInput {
  const activity = context.activity;
  // In a group chat Teams puts "<at>Bounce Back</at>" into the text; the person's words are what is left.
  // (botbuilder throws on a mention with no text, as a card submit can be, so only text is cleaned.)
  const text = activity.text ? TurnContext.removeRecipientMention(activity) ?? '' : '';
  return {
    kind: 'message',
    text,
    value: activity.value,
    locale: activity.locale,
  };
}

/**
 * Where a turn came from: its channel, the person's time zone if the channel says, and (outside the embedded web chat,
 * which is reached by its key) the conversation reference a later proactive message needs.
 */
function originOf(context: TurnContext): TurnOrigin {
  const { activity } = context;
  return {
    channelId: activity.channelId,
    ...(activity.localTimezone ? { timeZone: activity.localTimezone } : {}),
    ...(context.turnState.get(EMBEDDED_WEB_CHAT) === true ? {} : { address: reachBack(activity) }),
  };
}

/** The conversation reference a proactive message needs, without the person's name or directory id: only ids to reply to. */
function reachBack(activity: Activity): Partial<ConversationReference> {
  const { user, ...reference } = TurnContext.getConversationReference(activity);
  return { ...reference, ...(user ? { user: { id: user.id, name: '' } } : {}) };
}

/**
 * Replies longer than one message get a typing indicator first, so the person knows more is coming; except when
 * every reply comes back at once in the HTTP response (expectReplies), where nothing would be shown before them.
 */
function withTyping(activities: OutgoingActivity[], deliveryMode: string | undefined): OutgoingActivity[] {
  return activities.length > 1 && deliveryMode !== DeliveryModes.ExpectReplies ? [{ type: ActivityTypes.Typing }, ...activities] : activities;
}

/**
 * Whether a conversationUpdate should bring the welcome. On a personal install Teams sends an installationUpdate (action "add")
 * every time, and also, only the first time for that person and bot, a conversationUpdate whose membersAdded holds the bot and
 * the person. So in a Teams personal chat the welcome comes from the installationUpdate alone, or it would come twice; everywhere
 * else it comes when someone other than the bot joins.
 */
export function welcomesOnMembersAdded(activity: Partial<Activity>): boolean {
  if (activity.channelId === 'msteams' && activity.conversation?.conversationType === 'personal') return false;
  const bot = activity.recipient?.id;
  return (activity.membersAdded ?? []).some((member) => member.id !== bot);
}

export class BounceBackBot extends ActivityHandler {
  constructor(private readonly engine: ConversationEngine, private readonly options: BotOptions = {}) {
    super();
    this.onMembersAdded(async (context, next) => {
      if (welcomesOnMembersAdded(context.activity)) await this.respond(context, { kind: 'join', locale: context.activity.locale });
      await next();
    });
    // "add-upgrade" (a newer version of the app) is not a new person: only a fresh install is welcomed.
    this.onInstallationUpdate(async (context, next) => {
      if (context.activity.action === 'add') await this.respond(context, { kind: 'join', locale: context.activity.locale });
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.respond(context, toTurnInput(context));
      await next();
    });
  }

  /**
   * A check-in on the person's goal that has fallen due, in a proactive turn on the conversation `key` it was planned in.
   * Answers whether it was asked; a person in the middle of something is asked later, and nothing is sent now.
   */
  async askGoalCheck(context: TurnContext, key: string, goal: string): Promise<boolean> {
    const result = await this.engine.turn(key, { kind: 'goalCheckDue', goal }, { channelId: context.activity.channelId });
    if (!happened(result, 'goalCheck.asked')) return false;
    await this.send(context, result);
    return true;
  }

  private async respond(context: TurnContext, input: TurnInput): Promise<void> {
    const result = await this.engine.turn(conversationKey(context), input, originOf(context));
    await this.send(context, result);
  }

  private async send(context: TurnContext, result: TurnResult): Promise<void> {
    await context.sendActivities(withTyping(renderTurn(result, traitsFor(context.activity.channelId)), context.activity.deliveryMode));
    if (this.options.handoffEvent) await sendHandoffInitiation(context, result);
    const planned = happened(result, 'goalCheck.planned');
    // The page keeps it (it reads no other event), to be asked the check-in if it comes back in a new conversation.
    if (planned && context.turnState.get(EMBEDDED_WEB_CHAT) === true) await context.sendActivity({ type: ActivityTypes.Event, name: RETURN_KEY_EVENT, value: planned.returnKey });
    // Web chat pages start a fresh conversation on it; Teams keeps its chat, which is Teams' own to keep.
    if (happened(result, 'privacy.deleted') && context.activity.channelId === Channels.Directline) {
      await context.sendActivity({ type: ActivityTypes.EndOfConversation, code: EndOfConversationCodes.CompletedSuccessfully });
    }
  }
}
