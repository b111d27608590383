import type { Activity } from 'botbuilder';

let sequence = 0;

/** An incoming activity as a channel would post it, asking for the replies in the HTTP response. */
export function incoming(conversationId: string, fields: Partial<Activity>): Record<string, unknown> {
  sequence += 1;
  return {
    type: 'message',
    id: `activity-${sequence}`,
    channelId: 'directline',
    serviceUrl: 'https://directline.invalid',
    from: { id: 'person-1', name: 'Sam' },
    recipient: { id: 'bounce-back-bot', name: 'Bounce Back' },
    conversation: { id: conversationId },
    deliveryMode: 'expectReplies',
    ...fields,
  };
}

export interface Posted { status: number; body: string; activities: Array<Partial<Activity>> }

export async function post(url: string, body: string, contentType = 'application/json'): Promise<Posted> {
  const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body, signal: AbortSignal.timeout(15000) });
  const text = await response.text();
  let activities: Array<Partial<Activity>> = [];
  if (text) {
    try {
      activities = (JSON.parse(text) as { activities?: Array<Partial<Activity>> }).activities ?? [];
    } catch {
      // Not an expectReplies answer (e.g. an error body).
    }
  }
  return { status: response.status, body: text, activities };
}

/** One turn over real HTTP: the person sends text and gets the bot's replies back in the response. */
export async function sayOverHttp(url: string, conversationId: string, text: string): Promise<Posted> {
  return post(url, JSON.stringify(incoming(conversationId, { text })));
}
