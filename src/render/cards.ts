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

/** Most buttons one row may hold: Teams shows no more than six actions in a set. */
const ROW = 6;

/** Buttons laid out in rows of at most six, in the card's body, for a scale such as 0 to 10. */
export function choiceRows(choices: string[]): object[] {
  const rows: object[] = [];
  for (let start = 0; start < choices.length; start += ROW) rows.push({ type: 'ActionSet', actions: choiceActions(choices.slice(start, start + ROW)) });
  return rows;
}
