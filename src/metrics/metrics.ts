import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CrisisTier } from '../../dialogs/types';
import type { AnsweredTurn } from '../conversation/turnObserver';
import type { CoreObserver } from '../core';
import type { GoalCheckObserver, SchedulerRun } from '../goalChecks/goalCheckScheduler';
import { HARM_KINDS } from '../safety/harmKind';
import type { FaqOutcome } from '../understanding/interpreter';
import { channelKind } from './channelKind';

/** What the gauges read at each scrape, from parts that exist only once the app is built. */
export interface ScrapedSources {
  /** Staff notifications waiting to be delivered, counted in the database. */
  pendingNotifications(): Promise<number>;
  /** Web chat streams open on this instance. */
  openStreams(): number;
  /** Check-ins on a goal that are planned, counted in the database. */
  pendingGoalChecks(): Promise<number>;
}

// A turn costs about 2 ms of CPU; one that waits on the database or on retries can take seconds.
const TURN_BUCKETS = [0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const CRISIS_TIERS: Record<CrisisTier, true> = { clear: true, checkIn: true };
const FAQ_OUTCOMES: Record<FaqOutcome, true> = { answered: true, clarified: true, unanswered: true };

/**
 * The app's metrics in a registry of its own, so several apps in one process keep theirs apart. Labels come from
 * fixed sets only (channel kind, tier, kind of harm, FAQ outcome, staff destination), never from anything typed.
 */
export class BounceBackMetrics implements CoreObserver, GoalCheckObserver {
  readonly registry = new Registry();
  private readonly turns = new Counter({ name: 'bounce_back_turns_total', help: 'Turns answered, by channel kind.', labelNames: ['channel'], registers: [this.registry] });
  private readonly turnSeconds = new Histogram({
    name: 'bounce_back_turn_duration_seconds', help: 'Time from a turn arriving to its state being saved, retries included, by channel kind.',
    labelNames: ['channel'], buckets: TURN_BUCKETS, registers: [this.registry],
  });
  private readonly crisisReplies = new Counter({
    name: 'bounce_back_crisis_replies_total', help: 'Crisis support given, by how it began (clear risk, or a check-in answered) and kind of harm.',
    labelNames: ['tier', 'kind'], registers: [this.registry],
  });
  private readonly contactRequests = new Counter({
    name: 'bounce_back_contact_requests_total', help: 'Contact requests confirmed to a person with a reference (the same details sent again count again).', registers: [this.registry],
  });
  private readonly faqLookups = new Counter({
    name: 'bounce_back_faq_lookups_total', help: 'Questions people typed, by what they were told: answered, clarified ("Did you mean…?") or unanswered.',
    labelNames: ['outcome'], registers: [this.registry],
  });
  private readonly deliveryFailures = new Counter({
    name: 'bounce_back_staff_notification_failures_total', help: 'Failed attempts to deliver a staff notification (each is retried), by destination.',
    labelNames: ['destination'], registers: [this.registry],
  });

  private readonly goalChecks = new Counter({
    name: 'bounce_back_goal_checks_total', help: 'Due check-ins on a goal, by what became of them: asked, put off (busy, away or unreachable), or dropped.',
    labelNames: ['result'], registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // Every series exists from the start, so a rate over the first crisis or unanswered question is not lost.
    for (const tier of Object.keys(CRISIS_TIERS)) for (const kind of HARM_KINDS) this.crisisReplies.inc({ tier, kind }, 0);
    for (const outcome of Object.keys(FAQ_OUTCOMES)) this.faqLookups.inc({ outcome }, 0);
    this.contactRequests.inc(0);
    for (const result of ['asked', 'later', 'dropped']) this.goalChecks.inc({ result }, 0);
  }

  /** Adds the gauges read at each scrape. */
  readAtScrape(sources: ScrapedSources): void {
    new Gauge({
      name: 'bounce_back_staff_outbox_pending', help: 'Staff notifications waiting to be delivered (NaN while the database cannot be read).', registers: [this.registry],
      async collect() {
        // A database outage should not fail the whole scrape: the other metrics are what tell of it.
        this.set(await sources.pendingNotifications().catch(() => Number.NaN));
      },
    });
    new Gauge({
      name: 'bounce_back_goal_checks_planned', help: 'Check-ins on a goal that people agreed to and are not yet asked (NaN while the database cannot be read).', registers: [this.registry],
      async collect() {
        this.set(await sources.pendingGoalChecks().catch(() => Number.NaN));
      },
    });
    new Gauge({
      name: 'bounce_back_webchat_streams_open', help: 'Web chat streams (WebSockets) open on this instance.', registers: [this.registry],
      collect() {
        this.set(sources.openStreams());
      },
    });
  }

  turnAnswered({ channelId, seconds, effects, events }: AnsweredTurn): void {
    const channel = channelKind(channelId);
    this.turns.inc({ channel });
    this.turnSeconds.observe({ channel }, seconds);
    for (const effect of effects) if (effect.kind === 'recordCrisis') this.crisisReplies.inc({ tier: effect.tier, kind: effect.harm });
    for (const event of events) if (event.type === 'handoff.sent') this.contactRequests.inc();
  }

  faqLookup(outcome: FaqOutcome): void {
    this.faqLookups.inc({ outcome });
  }

  goalCheckSettled(result: keyof SchedulerRun): void {
    this.goalChecks.inc({ result });
  }

  deliveryFailed(destination: string): void {
    this.deliveryFailures.inc({ destination });
  }
}
