import type { Attachment } from 'botbuilder';
import { choiceLabel } from '../content/copy';

const CARD_VERSION = '1.5';

export function adaptiveCard(body: object[], actions: object[] = []): Attachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: CARD_VERSION, body, actions },
  };
}

/** Buttons that post back the choice id as data, so the id (not the label) is what the bot checks. */
export function choiceActions(choices: string[]): object[] {
  return choices.map((id) => ({ type: 'Action.Submit', title: choiceLabel(id), data: { choice: id } }));
}

export function textBlock(text: string, extra: object = {}): object {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}
