/**
 * Storage keys, one per conversation. A channel's is `<channelId>/<conversation id>`, as /api/messages names it. The
 * embedded web chat's is `webchat:<id>`: its ids are base64url, so it holds no '/', and no /api/messages activity,
 * whatever channelId and conversation id it claims, can name it.
 */
const WEB_CHAT = 'webchat:';

export function channelKey(channelId: string | undefined, conversationId: string | undefined): string {
  return `${channelId ?? 'unknown'}/${conversationId ?? 'unknown'}`;
}

export function webChatKey(conversationId: string): string {
  return `${WEB_CHAT}${conversationId}`;
}

/** The embedded web chat conversation a key belongs to, if it is one. */
export function webChatConversationOf(key: string): string | undefined {
  return key.startsWith(WEB_CHAT) ? key.slice(WEB_CHAT.length) : undefined;
}
