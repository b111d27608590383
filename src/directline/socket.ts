import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logger';
import { DatabaseUnavailableError } from '../storage/databaseUnavailable';
import { clientAddress } from './clientAddress';
import { DIRECT_LINE_PATH, watermarkOf } from './http';
import type { StreamFrame, StreamHub, Subscriber } from './hub';
import type { ConversationStatus, DirectLineStore } from './store';
import { TokenError, type TokenSigner } from './tokens';

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PATH}/conversations/([^/]+)/stream$`);

function refuse(socket: Duplex, status: 401 | 403 | 404 | 429 | 503, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export interface StreamLimits {
  /** Open streams one conversation may have (a few tabs); more are refused with 429. */
  perConversation: number;
  /** Open streams one client address may have. */
  perAddress: number;
  /** Every stream is pinged this often; one that did not answer the last ping is closed. */
  pingMs: number;
  trustProxy: boolean;
}

export const STREAMS_PER_CONVERSATION = 5;
export const STREAMS_PER_ADDRESS = 20;

/**
 * The Direct Line stream: the streamUrl's socket, authorised by the token in its query. It first sends what
 * the client has not seen (after the watermark), then every new activity. Frames from the client ("" every
 * 20 s, to keep the line alive) are ignored.
 */
export class StreamServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  private readonly open = { conversation: new Counts(), address: new Counts() };
  private readonly pinger: NodeJS.Timeout;
  /** Streams that answered the last ping (or are new since it). */
  private readonly answered = new WeakSet<WebSocket>();

  constructor(
    private readonly store: DirectLineStore,
    private readonly hub: StreamHub,
    private readonly signer: TokenSigner,
    private readonly logger: Logger,
    private readonly limits: StreamLimits,
  ) {
    // A socket whose other end vanished without a close (a sleeping laptop, a dropped network) is found and closed.
    this.pinger = setInterval(() => {
      for (const ws of this.wss.clients) {
        if (!this.answered.delete(ws)) ws.terminate();
        else ws.ping();
      }
    }, limits.pingMs);
    this.pinger.unref();
  }

  attach(server: HttpServer): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.upgrade(req, socket, head).catch((error: Error) => {
        this.logger.error({ event: 'directline.stream.failed', err: error.message }, 'a stream could not be opened');
        socket.destroy();
      });
    });
  }

  /** Streams open on this instance now. */
  get openCount(): number {
    return this.wss.clients.size;
  }

  close(): void {
    clearInterval(this.pinger);
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return refuse(socket, 404, 'Not Found');
    const conversationId = decodeURIComponent(match[1]);
    try {
      if ((await this.signer.verify(url.searchParams.get('t') ?? '')).conversationId !== conversationId) return refuse(socket, 403, 'Forbidden');
    } catch (error) {
      if (error instanceof TokenError) return refuse(socket, 403, 'Forbidden');
      throw error;
    }
    let status: ConversationStatus;
    try {
      status = await this.store.status(conversationId);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError) return refuse(socket, 503, 'Service Unavailable');
      throw error;
    }
    if (status === 'missing') return refuse(socket, 404, 'Not Found');
    if (status === 'ended') return refuse(socket, 403, 'Forbidden');
    const address = clientAddress(req, this.limits.trustProxy);
    if (this.open.conversation.of(conversationId) >= this.limits.perConversation || this.open.address.of(address) >= this.limits.perAddress) {
      return refuse(socket, 429, 'Too Many Requests');
    }
    const watermark = watermarkOf(req.url);
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.open.conversation.add(conversationId);
      this.open.address.add(address);
      ws.once('close', () => {
        this.open.conversation.remove(conversationId);
        this.open.address.remove(address);
      });
      this.answered.add(ws);
      ws.on('pong', () => this.answered.add(ws));
      this.stream(ws, conversationId, watermark);
    });
  }

  private stream(ws: WebSocket, conversationId: string, from: number): void {
    const cursor = new StreamCursor(conversationId, from, this.store, (frame) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
    }, this.logger);
    // Listen before reading the backlog, so nothing stored in between is missed; the cursor drops repeats.
    const unsubscribe = this.hub.subscribe(conversationId, cursor);
    ws.on('close', unsubscribe);
    ws.on('error', unsubscribe);
    ws.on('message', () => undefined);
    cursor.storedUpTo(Number.MAX_SAFE_INTEGER);
  }
}

/** How many of something are open, per key; keys at nought are forgotten. */
class Counts {
  private readonly counts = new Map<string, number>();

  of(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  add(key: string): void {
    this.counts.set(key, this.of(key) + 1);
  }

  remove(key: string): void {
    const left = this.of(key) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
  }
}

/**
 * One stream's place in its conversation: every stored activity is sent once and in order, whichever instance stored it.
 * The next activity published here is sent as it is; anything else (a gap, another instance's announcement, the backlog)
 * is read from the store, one reader at a time.
 */
export class StreamCursor implements Subscriber {
  private reading = false;
  private again = false;

  constructor(
    private readonly conversationId: string,
    private sent: number,
    private readonly store: Pick<DirectLineStore, 'after'>,
    private readonly write: (frame: StreamFrame) => void,
    private readonly logger: Logger,
  ) {}

  send(frame: StreamFrame): void {
    if (frame.watermark === undefined) return this.write(frame);
    const watermark = Number(frame.watermark);
    if (!this.reading && watermark === this.sent + frame.activities.length) {
      this.sent = watermark;
      this.write(frame);
    } else {
      this.storedUpTo(watermark);
    }
  }

  storedUpTo(watermark: number): void {
    if (watermark > this.sent) void this.catchUp();
  }

  private async catchUp(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    try {
      do {
        this.again = false;
        for (let page = await this.store.after(this.conversationId, this.sent); page.activities.length > 0; page = await this.store.after(this.conversationId, this.sent)) {
          this.sent = Number(page.watermark);
          this.write(page);
        }
      } while (this.again);
    } catch (error) {
      // The database is away: the stream stays open where it was, and the next announcement or resync reads on from there.
      this.logger.warn({ event: 'directline.stream.behind', err: (error as Error).message }, 'a stream could not read new activities yet');
    } finally {
      this.reading = false;
    }
  }
}
