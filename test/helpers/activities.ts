import type { Activity } from 'botbuilder';

type Outgoing = Partial<Activity>;

interface CardElement { type?: string; text?: string; title?: string; data?: unknown; body?: CardElement[]; actions?: CardElement[] }

function cardOf(activity: Outgoing): CardElement | undefined {
  return activity.attachments?.find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')?.content as CardElement | undefined;
}

/** Everything a person would read in one activity: its text and its card's text blocks. */
export function readableText(activity: Outgoing): string {
  const card = cardOf(activity);
  const blocks = (card?.body ?? []).map((element) => element.text ?? '');
  return [activity.text ?? '', ...blocks].filter(Boolean).join('\n');
}

/** The messages of a reply (typing indicators left out). */
export function messagesOf(activities: Outgoing[]): Outgoing[] {
  return activities.filter((activity) => activity.type === 'message');
}

export function allText(activities: Outgoing[]): string {
  return messagesOf(activities).map(readableText).join('\n');
}

/** The button labels offered as suggested actions on the reply's last message. */
export function suggestedLabels(activities: Outgoing[]): string[] {
  const last = messagesOf(activities).at(-1);
  return (last?.suggestedActions?.actions ?? []).map((action) => String(action.title));
}

/** The choice ids posted back by the card buttons of the reply's last message. */
export function cardChoiceIds(activities: Outgoing[]): string[] {
  const last = messagesOf(activities).at(-1);
  const actions = (last && cardOf(last)?.actions) ?? [];
  return actions.map((action) => (action.data as { choice: string }).choice);
}

/** The text of a reply's last message: always the prompt of where the person now is. */
export function lastText(activities: Outgoing[]): string {
  return allText(messagesOf(activities).slice(-1));
}
