import type { Logger } from '../logger';
import type { Db } from '../storage/db';
import { leasedClaimSql } from '../storage/leasedClaim';
import { exponentialBackoff, startPolling, type Polling } from '../timers/polling';
import type { ContactRequest, ContactRequestStore } from './contactRequests';
import { staffView } from './staffView';

/** One notification to one staff destination; `id` is its idempotency key, the same on every attempt. */
export interface StaffNotification { id: string; destination: string; attempts: number; request: ContactRequest }

/** Sends a notification, or throws. Receivers may see one twice (crash between send and mark) and drop it by id. */
export interface Notifier { deliver(notification: StaffNotification): Promise<void> }

export interface OutboxOptions {
  now?: () => number;
  /** How long a claimed row is ours; after that another drain may take it (the process may have died mid-send). */
  leaseMs?: number;
  batch?: number;
  /** Delay before the next try after `attempts` failures. */
  backoff?: (attempts: number) => number;
  /** Told of every failed delivery attempt (default: no one). */
  observer?: OutboxObserver;
}

export interface OutboxObserver {
  deliveryFailed(destination: string): void;
}

interface ClaimedRow { [column: string]: unknown; id: string; request_id: string; destination: string; attempts: number | string }

/** The one claim query: only pending rows, each at most once at a time. */
export function claimSql(engine: Db['engine']): string {
  return leasedClaimSql(engine, { table: 'staff_outbox', due: 'next_attempt_at', where: "status = 'pending'", returning: 'id, request_id, destination, attempts' });
}

export interface DrainResult { sent: number; failed: number }

/** Delivers pending staff notifications: send, then mark sent; a failure is retried later with backoff, never dropped. */
export class StaffOutbox {
  private readonly now: () => number;
  private readonly leaseMs: number;
  private readonly batch: number;
  private readonly backoff: (attempts: number) => number;
  private readonly observer?: OutboxObserver;

  constructor(
    private readonly db: Db,
    private readonly requests: ContactRequestStore,
    private readonly notifiers: Record<string, Notifier>,
    private readonly logger: Logger,
    options: OutboxOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.leaseMs = options.leaseMs ?? 2 * 60_000;
    this.batch = options.batch ?? 20;
    this.backoff = options.backoff ?? exponentialBackoff();
    this.observer = options.observer;
  }

  async drainOnce(): Promise<DrainResult> {
    const at = this.now();
    const claimed = await this.db.all<ClaimedRow>(claimSql(this.db.engine), [at + this.leaseMs, at, this.batch]);
    const result: DrainResult = { sent: 0, failed: 0 };
    for (const row of claimed) {
      if (await this.deliver(row)) result.sent += 1;
      else result.failed += 1;
    }
    return result;
  }

  private async deliver(row: ClaimedRow): Promise<boolean> {
    const attempts = Number(row.attempts);
    const request = await this.requests.get(row.request_id);
    // Deleted since the claim ("delete my data" or the retention sweep), and its notifications with it.
    if (!request) return false;
    const notifier = this.notifiers[row.destination];
    if (!notifier) {
      await this.retryLater(row, attempts, `no notifier for ${row.destination}`);
      return false;
    }
    try {
      // The one place every destination's copy is made, so none can miss the cleaning.
      await notifier.deliver({ id: row.id, destination: row.destination, attempts, request: staffView(request) });
    } catch (error) {
      await this.retryLater(row, attempts, (error as Error).message);
      return false;
    }
    await this.db.run("UPDATE staff_outbox SET status = 'sent', sent_at = $2, lease_until = NULL, last_error = NULL WHERE id = $1", [row.id, this.now()]);
    this.logger.info({ event: 'outbox.sent', notification: row.id, destination: row.destination, attempts }, 'staff notified of a contact request');
    return true;
  }

  private async retryLater({ id, destination }: ClaimedRow, attempts: number, problem: string): Promise<void> {
    this.observer?.deliveryFailed(destination);
    const next = this.now() + this.backoff(attempts);
    await this.db.run('UPDATE staff_outbox SET next_attempt_at = $2, lease_until = NULL, last_error = $3 WHERE id = $1', [id, next, problem]);
    this.logger.warn({ event: 'outbox.retry', notification: id, attempts, problem, next: new Date(next).toISOString() }, 'a staff notification failed; it will be retried');
  }

  /** Counts by status, for tests and the staff. */
  async counts(): Promise<Record<string, number>> {
    const rows = await this.db.all<{ status: string; count: number | string }>('SELECT status, COUNT(*) AS count FROM staff_outbox GROUP BY status');
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  }
}

/** Drains on a timer that never keeps the process alive; stop() waits for a drain in flight. */
export function startOutboxTimer(outbox: StaffOutbox, intervalMs: number, logger: Logger): Polling {
  return startPolling(() => outbox.drainOnce(), intervalMs, (error) => logger.error({ event: 'outbox.drain.failed', err: error.message }, 'the staff outbox could not be drained'));
}
