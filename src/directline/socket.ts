import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../logger';
import { DIRECT_LINE_PATH, watermarkOf } from './http';
import type { StreamFrame, StreamHub } from './hub';
import type { DirectLineStore } from './store';
import { TokenError, type TokenSigner } from './tokens';

const STREAM_PATH = new RegExp(`^${DIRECT_LINE_PATH}/conversations/([^/]+)/stream$`);

function refuse(socket: Duplex, status: 401 | 403 | 404, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The Direct Line stream: the streamUrl's socket, authorised by the token in its query. It first sends what
 * the client has not seen (after the watermark), then every new activity. Frames from the client ("" every
 * 20 s, to keep the line alive) are ignored.
 */
export class StreamServer {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });

  constructor(
    private readonly store: DirectLineStore,
    private readonly hub: StreamHub,
    private readonly signer: TokenSigner,
    private readonly logger: Logger,
  ) {}

  attach(server: HttpServer): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.upgrade(req, socket, head).catch((error: Error) => {
        this.logger.error({ event: 'directline.stream.failed', err: error.message }, 'a stream could not be opened');
        socket.destroy();
      });
    });
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return refuse(socket, 404, 'Not Found');
    const conversationId = decodeURIComponent(match[1]);
    try {
      if (this.signer.verify(url.searchParams.get('t') ?? '').conversationId !== conversationId) return refuse(socket, 403, 'Forbidden');
    } catch (error) {
      if (error instanceof TokenError) return refuse(socket, 403, 'Forbidden');
      throw error;
    }
    if (!(await this.store.exists(conversationId))) return refuse(socket, 404, 'Not Found');
    const watermark = watermarkOf(req.url);
    this.wss.handleUpgrade(req, socket, head, (ws) => void this.stream(ws, conversationId, watermark));
  }

  private async stream(ws: WebSocket, conversationId: string, from: number): Promise<void> {
    // Listen before reading the backlog, so nothing stored in between is missed; the watermark drops repeats.
    const pending: StreamFrame[] = [];
    let sent = from;
    let live = false;
    const send = (frame: StreamFrame): void => {
      if (frame.watermark !== undefined) {
        if (Number(frame.watermark) <= sent) return;
        sent = Number(frame.watermark);
      }
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
    };
    const unsubscribe = this.hub.subscribe(conversationId, { send: (frame) => (live ? send(frame) : pending.push(frame)) });
    ws.on('close', unsubscribe);
    ws.on('error', unsubscribe);
    ws.on('message', () => undefined);
    for (;;) {
      const page = await this.store.after(conversationId, sent);
      if (page.activities.length === 0) break;
      send(page);
    }
    live = true;
    for (const frame of pending) send(frame);
  }
}
