import { setTimeout as delay } from 'node:timers/promises';
import type pg from 'pg';
import type { Logger } from '../logger';
import type { Db } from '../storage/db';
import type { Fanout, StreamHub } from './hub';

/** PostgreSQL truncates identifiers, channel names included, to 63 bytes. */
const MAX_CHANNEL = 63;

/** One channel per schema, so deployments (and tests) that share a database in separate schemas do not hear each other. */
export function channelFor(schema: string): string {
  return `directline_${schema}`.slice(0, MAX_CHANNEL);
}

/** "watermark conversationId": conversation ids are ours (base64url), so the first space always separates the two. */
export function parseAnnouncement(payload: string | undefined): { conversationId: string; watermark: number } | undefined {
  const match = /^(\d{1,15}) (\S+)$/.exec(payload ?? '');
  return match ? { conversationId: match[2], watermark: Number(match[1]) } : undefined;
}

/**
 * Cross-instance streams on PostgreSQL with LISTEN/NOTIFY. Announcing is a pg_notify through the pool; hearing needs a
 * connection of its own that stays in LISTEN, so it is a dedicated client, not one borrowed from the pool. When that
 * client is lost it reconnects, and every stream then checks the store, because announcements made meanwhile are gone.
 */
export class PostgresFanout implements Fanout {
  private client?: pg.Client;
  private channel?: string;
  private closed = false;
  private listenedBefore = false;

  constructor(
    private readonly db: Db,
    private readonly newClient: () => pg.Client,
    private readonly logger: Logger,
    private readonly retryMs = 1000,
  ) {}

  announce(conversationId: string, watermark: number): void {
    if (!this.channel) return;
    this.db.run('SELECT pg_notify($1, $2)', [this.channel, `${watermark} ${conversationId}`]).catch((error: Error) => {
      // The activity is stored: other instances' streams read it at their next announcement or resync.
      this.logger.warn({ event: 'directline.announce.failed', err: error.message }, 'other instances could not be told about a new activity');
    });
  }

  async listen(hub: StreamHub): Promise<void> {
    for (let attempt = 1; !this.closed; attempt += 1) {
      const client = this.newClient();
      // An 'error' event with no listener would crash the process; losing the connection is handled on 'end'.
      client.on('error', (error: Error) => this.logger.warn({ event: 'directline.listener.error', err: error.message }, 'the Direct Line listener lost its connection'));
      try {
        await client.connect();
        const row = await client.query<{ schema: string }>('SELECT current_schema() AS schema');
        this.channel = channelFor(row.rows[0].schema);
        client.on('notification', (message) => {
          const heard = parseAnnouncement(message.payload);
          if (heard) hub.storedElsewhere(heard.conversationId, heard.watermark);
        });
        await client.query(`LISTEN "${this.channel.replace(/"/g, '""')}"`);
      } catch (error) {
        await client.end().catch(() => undefined);
        if (attempt === 1) this.logger.warn({ event: 'directline.listener.waiting', err: (error as Error).message }, 'the Direct Line listener is waiting for the database');
        await delay(this.retryMs);
        continue;
      }
      if (this.closed) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      client.once('end', () => {
        if (this.closed) return;
        this.client = undefined;
        void this.listen(hub);
      });
      if (this.listenedBefore) this.logger.info({ event: 'directline.listener.reconnected' }, 'the Direct Line listener is listening again');
      this.listenedBefore = true;
      hub.resync();
      return;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
  }
}
