import { randomBytes } from 'node:crypto';
import type { StreamHub } from './hub';
import { RateLimiter } from './rateLimit';
import type { ActivitySet, DirectLineStore, DlActivity } from './store';
import type { TokenClaims, TokenSigner } from './tokens';

/** Runs one activity through the bot; its replies come back through DirectLineService.deliver. */
export interface TurnRunner { run(activity: DlActivity): Promise<void> }

export const BOT_ACCOUNT = { id: 'bounce-back', name: 'Bounce Back', role: 'bot' };
/** Never called: DirectLineAdapter stores replies itself. botbuilder only needs a well-formed URL. */
export const EMBEDDED_SERVICE_URL = 'http://localhost/v3/directline';
export const MAX_TEXT_BYTES = 8 * 1024;
const MAX_ACTIVITY_BYTES = 32 * 1024;
export const POSTS_PER_MINUTE = 60;

/** A refusal with the HTTP status and the Direct Line error code to send. */
export class DirectLineError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly retryAfter?: number) {
    super(message);
  }
}

/** 403, which directlinejs reads as "this token is no good": the page then starts a new conversation. */
const ENDED = new DirectLineError(403, 'Forbidden', 'This conversation has ended.');

export interface Conversation { conversationId: string; token: string; expires_in: number }

function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

function account(value: unknown, fallback: string): { id: string; name?: string } {
  const from = (typeof value === 'object' && value !== null ? value : {}) as { id?: unknown; name?: unknown };
  return {
    id: typeof from.id === 'string' && from.id.length > 0 && from.id.length <= 128 ? from.id : fallback,
    ...(typeof from.name === 'string' ? { name: from.name.slice(0, 128) } : {}),
  };
}

/** The embedded Direct Line 3.0 service: conversations, activities, tokens; HTTP and sockets are elsewhere. */
export class DirectLineService {
  private readonly limiter: RateLimiter;
  private runner?: TurnRunner;

  constructor(
    private readonly store: DirectLineStore,
    private readonly hub: StreamHub,
    private readonly signer: TokenSigner,
    now: () => number = Date.now,
  ) {
    this.limiter = new RateLimiter(POSTS_PER_MINUTE, 60_000, now);
  }

  /** The bot is attached after construction because its adapter delivers back into this service. */
  attach(runner: TurnRunner): void {
    this.runner = runner;
  }

  /** A token for a conversation that starts when the token is first used on POST /conversations. */
  async generate(): Promise<Conversation> {
    return this.conversation(newConversationId());
  }

  /** A fresh token within the chain's absolute lifetime, unless the conversation has ended. */
  async refresh(claims: TokenClaims): Promise<Conversation> {
    await this.refuseEnded(claims.conversationId);
    return this.conversation(claims.conversationId, claims.bornAt);
  }

  /** Starts the token's conversation with the bot's welcome, or returns it unchanged if it has started already. */
  async start(claims: TokenClaims, user: unknown): Promise<Conversation> {
    const conversationId = claims.conversationId;
    if (await this.store.create(conversationId)) {
      const member = account(user, `user-${conversationId.slice(0, 8)}`);
      await this.toBot(conversationId, { type: 'conversationUpdate', membersAdded: [member], from: member }, false);
    } else {
      await this.refuseEnded(conversationId);
    }
    return this.conversation(conversationId, claims.bornAt);
  }

  async reconnect(claims: TokenClaims, conversationId: string): Promise<Conversation> {
    await this.ensureReadable(claims, conversationId);
    return this.conversation(conversationId, claims.bornAt);
  }

  async activities(claims: TokenClaims, conversationId: string, watermark: number): Promise<ActivitySet> {
    await this.ensureReadable(claims, conversationId);
    return this.store.after(conversationId, watermark);
  }

  /** Stores and echoes the person's activity, then runs the bot on it; answers the stored id. */
  async post(claims: TokenClaims, conversationId: string, body: unknown): Promise<string> {
    await this.ensureReadable(claims, conversationId);
    const activity = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (typeof activity.type !== 'string') throw new DirectLineError(400, 'BadArgument', 'An activity needs a type.');
    if (typeof activity.text === 'string' && Buffer.byteLength(activity.text) > MAX_TEXT_BYTES) {
      throw new DirectLineError(413, 'MessageSizeTooBig', `Message text is limited to ${MAX_TEXT_BYTES} bytes.`);
    }
    if (Buffer.byteLength(JSON.stringify(activity)) > MAX_ACTIVITY_BYTES) {
      throw new DirectLineError(413, 'MessageSizeTooBig', `Activities are limited to ${MAX_ACTIVITY_BYTES} bytes.`);
    }
    if (!this.limiter.allow(conversationId)) {
      const retryAfter = this.limiter.retryAfterSeconds(conversationId);
      throw new DirectLineError(429, 'TooManyRequests', 'Too many messages in a short time. Please wait a moment.', retryAfter);
    }
    // Typing is passing; everything else the person sends is kept and echoed, as Azure's Direct Line does.
    return this.toBot(conversationId, { ...activity, from: { ...account(activity.from, 'user'), role: 'user' } }, activity.type !== 'typing');
  }

  /** Where the bot's replies arrive: stored (except typing, which is only streamed) and sent to every open stream. */
  async deliver(activity: DlActivity): Promise<string> {
    const conversationId = (activity.conversation as { id?: string } | undefined)?.id;
    if (!conversationId) throw new Error('bot activity without a conversation');
    const outgoing: DlActivity = { ...activity, from: BOT_ACCOUNT, timestamp: new Date().toISOString() };
    delete outgoing.serviceUrl;
    if (activity.type === 'typing') {
      this.hub.publish(conversationId, { activities: [outgoing] });
      return '';
    }
    const stored = await this.store.append(conversationId, outgoing);
    // Ended by "delete my data": the confirmation still reaches the open stream, but nothing is kept.
    if (!stored) {
      this.hub.publish(conversationId, { activities: [outgoing] });
      return '';
    }
    this.hub.publish(conversationId, { activities: [stored], watermark: seqOf(stored) });
    return stored.id ?? '';
  }

  pruneLimits(): void {
    this.limiter.prune();
  }

  private async toBot(conversationId: string, activity: Record<string, unknown>, keep: boolean): Promise<string> {
    const incoming: DlActivity = {
      ...(activity as DlActivity),
      channelId: 'directline',
      conversation: { id: conversationId },
      recipient: BOT_ACCOUNT,
      timestamp: new Date().toISOString(),
      serviceUrl: EMBEDDED_SERVICE_URL,
    };
    let id = '';
    if (keep) {
      const stored = await this.store.append(conversationId, incoming);
      if (!stored) throw ENDED;
      this.hub.publish(conversationId, { activities: [stored], watermark: seqOf(stored) });
      id = stored.id ?? '';
      incoming.id = id;
    }
    if (!this.runner) throw new Error('DirectLineService has no bot attached');
    await this.runner.run(incoming);
    return id;
  }

  private async ensureReadable(claims: TokenClaims, conversationId: string): Promise<void> {
    if (claims.conversationId !== conversationId) throw new DirectLineError(403, 'Forbidden', 'This token is for another conversation.');
    const status = await this.store.status(conversationId);
    if (status === 'missing') throw new DirectLineError(404, 'NotFound', 'No such conversation.');
    if (status === 'ended') throw ENDED;
  }

  /** A conversation that has not started yet may still be; one that ended ("delete my data") never again. */
  private async refuseEnded(conversationId: string): Promise<void> {
    if ((await this.store.status(conversationId)) === 'ended') throw ENDED;
  }

  private async conversation(conversationId: string, bornAt?: number): Promise<Conversation> {
    const { token, expiresIn } = await this.signer.sign(conversationId, bornAt);
    return { conversationId, token, expires_in: expiresIn };
  }
}

export function seqOf(activity: DlActivity): string {
  return String(activity.id ?? '').split('|').pop() ?? '';
}
