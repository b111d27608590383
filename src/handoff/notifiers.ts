import type { Transporter } from 'nodemailer';
import { words } from '../content/copy';
import type { ContactRequest } from './contactRequests';
import type { Notifier, StaffNotification } from './outbox';

/** The staff message in words, for chat tools that only show `text`. */
export function staffText(request: ContactRequest): string {
  const main = words('staff.notification', {
    reference: request.reference, name: request.name, contact: request.contact, time: request.time,
  });
  return request.note ? `${main}\n${words('staff.note', { note: request.note })}` : main;
}

/** A small JSON body that Teams Workflows, Slack and most webhook receivers accept: `text` plus structured fields. */
export function webhookBody(notification: StaffNotification): Record<string, unknown> {
  const { request } = notification;
  return {
    text: staffText(request),
    id: notification.id,
    reference: request.reference,
    name: request.name,
    contact: request.contact,
    contactKind: request.contactKind,
    bestTime: request.time,
    note: request.note ?? null,
    createdAt: request.createdAt,
  };
}

export class WebhookNotifier implements Notifier {
  constructor(private readonly url: string, private readonly timeoutMs: number) {}

  async deliver(notification: StaffNotification): Promise<void> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': notification.id },
        body: JSON.stringify(webhookBody(notification)),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      // Only the reason's code: the URL may hold a secret and the body holds people's details.
      const cause = (error as { cause?: { code?: string } }).cause;
      throw new Error(`webhook unreachable (${cause?.code ?? (error as Error).name})`);
    }
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
}

export class EmailNotifier implements Notifier {
  constructor(private readonly transport: Transporter, private readonly from: string, private readonly to: string) {}

  async deliver(notification: StaffNotification): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: this.to,
      subject: words('staff.subject', { reference: notification.request.reference }),
      text: staffText(notification.request),
      messageId: `<${notification.id}@bounce-back>`,
      headers: { 'Idempotency-Key': notification.id },
    });
  }
}
