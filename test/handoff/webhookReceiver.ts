import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real local webhook receiver that drops repeats by Idempotency-Key, as the staff's tools are asked to. */
export class WebhookReceiver {
  mode: 'fail' | 'ok' = 'ok';
  /** Every POST that reached the server, including failed and repeated ones. */
  readonly posts: Array<{ key: string; body: Record<string, unknown> }> = [];
  /** Deliveries accepted once each, by key. */
  readonly recorded = new Map<string, Record<string, unknown>>();
  private server?: http.Server;
  port = 0;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const key = String(req.headers['idempotency-key']);
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        this.posts.push({ key, body });
        if (this.mode === 'fail') {
          // Separate calls: restify, when loaded, patches ServerResponse so writeHead no longer chains.
          res.statusCode = 500;
          res.end();
          return;
        }
        if (!this.recorded.has(key)) this.recorded.set(key, body);
        res.setHeader('content-type', 'application/json');
        res.end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
