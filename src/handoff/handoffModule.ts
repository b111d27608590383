import nodemailer from 'nodemailer';
import type { Config } from '../config/config';
import type { EffectHandlers } from '../conversation/effects';
import type { Logger } from '../logger';
import type { Db } from '../storage/db';
import { ContactRequestStore } from './contactRequests';
import { saveContactRequestHandler } from './handoffEffects';
import { EmailNotifier, WebhookNotifier } from './notifiers';
import { StaffOutbox, startOutboxTimer, type Notifier, type OutboxObserver } from './outbox';

const DAY = 24 * 60 * 60 * 1000;

export interface HandoffModule {
  requests: ContactRequestStore;
  outbox: StaffOutbox;
  effects: Pick<EffectHandlers, 'saveContactRequest'>;
  /** Deletes contact requests past their retention period; returns how many went. */
  sweep(): Promise<number>;
  /** Starts draining the outbox on a timer. */
  start(): void;
  stop(): Promise<void>;
}

/** The staff destinations the config names, each with its notifier; each gives up after `timeoutMs`. */
export function notifiersFor(config: Config['handoff'], timeoutMs: number): Record<string, Notifier> {
  const notifiers: Record<string, Notifier> = {};
  if (config.staffWebhookUrl) notifiers.webhook = new WebhookNotifier(config.staffWebhookUrl, timeoutMs);
  if (config.smtpUrl && config.staffEmailTo) {
    // nodemailer's own defaults wait up to ten minutes on a silent mail server.
    const transport = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: timeoutMs, greetingTimeout: timeoutMs, socketTimeout: timeoutMs });
    notifiers.email = new EmailNotifier(transport, config.staffEmailFrom, config.staffEmailTo);
  }
  return notifiers;
}

/** Contact requests and their staff notifications, composed from the config. */
export function createHandoffModule(db: Db, config: Config, logger: Logger, notifiers = notifiersFor(config.handoff, config.outboundTimeoutSeconds * 1000), observer?: OutboxObserver): HandoffModule {
  const requests = new ContactRequestStore(db, Object.keys(notifiers));
  const outbox = new StaffOutbox(db, requests, notifiers, logger, { observer });
  if (Object.keys(notifiers).length === 0) {
    logger.warn({ event: 'handoff.no_destination' }, 'neither STAFF_WEBHOOK_URL nor SMTP_URL is set: contact requests are only visible on the staff page (/staff) and through the staff API, with ADMIN_TOKEN');
  }
  let timer: { stop(): Promise<void> } | undefined;
  return {
    requests,
    outbox,
    effects: {
      saveContactRequest: saveContactRequestHandler(requests, logger),
    },
    sweep: () => requests.deleteCreatedBefore(Date.now() - config.handoff.contactRetentionDays * DAY),
    start: () => {
      timer ??= startOutboxTimer(outbox, config.handoff.outboxIntervalSeconds * 1000, logger);
    },
    stop: async () => {
      await timer?.stop();
      timer = undefined;
    },
  };
}
