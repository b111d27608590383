import WebSocket from 'ws';
import { words } from '../../src/content/copy';

export interface Seen { id: string; type: string; text?: string; from: { role?: string } }

/** A Direct Line conversation as Web Chat holds it: its token, and everything its stream has delivered. */
export class Chat {
  readonly seen: Seen[] = [];
  private socket?: WebSocket;

  constructor(private readonly base: string, readonly conversationId: string, private readonly token: string) {}

  static async start(base: string): Promise<Chat> {
    const session = (await (await fetch(`${base}/api/webchat/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).json()) as { token: string; conversationId: string };
    const chat = new Chat(base, session.conversationId, session.token);
    const started = await chat.call('POST', '/conversations', {});
    chat.socket = new WebSocket(((await started.json()) as { streamUrl: string }).streamUrl);
    chat.socket.on('message', (data) => chat.seen.push(...(JSON.parse(String(data)) as { activities: Seen[] }).activities.filter((activity) => activity.type === 'message')));
    await chat.waitFor((activity) => activity.text === words('welcome.greeting'), 'the welcome');
    return chat;
  }

  /** A Direct Line request with this conversation's token, to this chat's instance or, with `base`, to another. */
  call(method: string, path: string, body?: unknown, base = this.base): Promise<Response> {
    return fetch(`${base}/v3/directline${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  post(text: string, base = this.base): Promise<Response> {
    return this.call('POST', `/conversations/${this.conversationId}/activities`, { type: 'message', from: { id: 'person' }, text }, base);
  }

  async waitFor(predicate: (activity: Seen) => boolean, what: string): Promise<void> {
    for (const deadline = Date.now() + 10_000; !this.seen.some(predicate); await new Promise((resolve) => setTimeout(resolve, 20))) {
      if (Date.now() > deadline) throw new Error(`the stream never delivered ${what}`);
    }
  }

  /** Stored activities arrive once each, in order, with no gaps. */
  expectInOrder(): void {
    const seqs = this.seen.map((activity) => Number(activity.id.split('|')[1]));
    expect(seqs).toEqual(seqs.map((_seq, index) => index + 1));
  }

  close(): void {
    this.socket?.close();
  }
}

