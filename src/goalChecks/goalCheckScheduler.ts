import type { Logger } from '../logger';
import { exponentialBackoff } from '../timers/polling';
import type { DueGoalCheck, GoalCheckStore } from './goalCheckStore';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A check-in that could not be asked for this long after it fell due is dropped, not sent stale (the README says so). */
const GIVE_UP_AFTER_MS = 14 * 24 * HOUR;

/**
 * What became of a due check-in: asked; put off because the person is in the middle of something (a reframe, crisis
 * support, a contact request); or put off because they are away (a web chat no one has open).
 */
export type DeliveryOutcome = 'asked' | 'busy' | 'away';

/** Sends a due check-in through the channel it was planned in; throws when the channel could not be reached. */
export interface GoalCheckDelivery { deliver(check: DueGoalCheck): Promise<DeliveryOutcome> }

export interface GoalCheckSchedulerOptions {
  now?: () => number;
  /** How long a claimed check-in is this instance's; after that another may take it (this one may have died mid-send). */
  leaseMs?: number;
  batch?: number;
  /** When a busy person is asked again. */
  busyRetryMs?: number;
  /** When a web chat no one had open is looked at again (another instance may hold its stream). */
  awayRetryMs?: number;
  /** A check-in that could not be asked for this long after it fell due is dropped, not sent stale. */
  giveUpAfterMs?: number;
  backoff?: (attempts: number) => number;
  observer?: GoalCheckObserver;
}

export interface SchedulerRun { asked: number; later: number; dropped: number }

/** Told what became of each due check-in, as a count (src/metrics implements it). */
export interface GoalCheckObserver { goalCheckSettled(outcome: keyof SchedulerRun): void }

/** Asks due check-ins, each exactly once across instances: claimed, sent, then forgotten. */
export class GoalCheckScheduler {
  private readonly now: () => number;
  private readonly leaseMs: number;
  private readonly batch: number;
  private readonly busyRetryMs: number;
  private readonly awayRetryMs: number;
  private readonly giveUpAfterMs: number;
  private readonly backoff: (attempts: number) => number;
  private readonly observer?: GoalCheckObserver;

  constructor(private readonly store: GoalCheckStore, private readonly delivery: GoalCheckDelivery, private readonly logger: Logger, options: GoalCheckSchedulerOptions = {}) {
    this.now = options.now ?? Date.now;
    this.leaseMs = options.leaseMs ?? 2 * MINUTE;
    this.batch = options.batch ?? 20;
    this.busyRetryMs = options.busyRetryMs ?? HOUR;
    this.awayRetryMs = options.awayRetryMs ?? MINUTE;
    this.giveUpAfterMs = options.giveUpAfterMs ?? GIVE_UP_AFTER_MS;
    this.backoff = options.backoff ?? exponentialBackoff(MINUTE, HOUR);
    this.observer = options.observer;
  }

  async runOnce(): Promise<SchedulerRun> {
    const run: SchedulerRun = { asked: 0, later: 0, dropped: 0 };
    for (const check of await this.store.claimDue(this.leaseMs, this.batch)) {
      const outcome = await this.settle(check);
      run[outcome] += 1;
      this.observer?.goalCheckSettled(outcome);
    }
    return run;
  }

  private async settle(check: DueGoalCheck): Promise<keyof SchedulerRun> {
    if (this.now() - check.firstDueAt > this.giveUpAfterMs) {
      await this.store.remove(check.id);
      this.logger.info({ event: 'goalCheck.dropped', channel: check.channelId }, 'a check-in could not be asked in time and was dropped');
      return 'dropped';
    }
    let outcome: DeliveryOutcome;
    try {
      outcome = await this.delivery.deliver(check);
    } catch (error) {
      await this.store.postpone(check.id, this.now() + this.backoff(check.attempts));
      this.logger.warn({ event: 'goalCheck.retry', channel: check.channelId, attempts: check.attempts, problem: (error as Error).message }, 'a check-in could not be sent; it will be tried again');
      return 'later';
    }
    if (outcome !== 'asked') {
      await this.store.postpone(check.id, this.now() + (outcome === 'busy' ? this.busyRetryMs : this.awayRetryMs));
      return 'later';
    }
    await this.store.remove(check.id);
    this.logger.info({ event: 'goalCheck.asked', channel: check.channelId }, 'a check-in on a goal was asked');
    return 'asked';
  }
}
