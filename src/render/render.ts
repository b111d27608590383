import type { Activity, CardAction } from 'botbuilder';
import type { Prompt, Say } from '../../dialogs/types';
import type { TurnResult } from '../conversation/engine';
import { choiceLabel } from '../content/copy';
import { contactFormMessage } from './contactFormCard';
import { adaptiveCard, choiceActions, choiceRows, textBlock } from './cards';
import type { ChannelTraits } from './channelTraits';
import { clipToBytes } from './clip';
import { lineText } from './lineText';
import type { OutgoingActivity } from './outgoingActivity';
import { summaryLines } from './summary';

const RATING = /^rating\.\d+$/;

/** Keys whose rendering is more than one template. */
const SPECIAL: Record<string, (say: Say, traits: ChannelTraits) => OutgoingActivity> = {
  'handoff.name.prompt': contactFormMessage,
  summary: (say, traits) => {
    const [title, ...rest] = summaryLines(say);
    if (!traits.cards) return { type: 'message', text: clip([`**${title}**`, ...rest].join('\n\n'), traits), textFormat: 'markdown' };
    // Every line quotes the person, so each gets an equal share of the room.
    const share = Math.floor(traits.maxTextBytes / (rest.length + 1));
    return {
      type: 'message',
      attachments: [adaptiveCard([textBlock(title, { weight: 'Bolder', size: 'Medium' }), ...rest.map((line) => textBlock(clipToBytes(line, share)))])],
    };
  },
};

function clip(text: string, traits: ChannelTraits): string {
  return clipToBytes(text, traits.maxTextBytes);
}

function suggested(choices: string[]): Activity['suggestedActions'] {
  const actions: CardAction[] = choices.map((id) => ({ type: 'imBack', title: choiceLabel(id), value: choiceLabel(id) }));
  return { to: [], actions };
}

/** One message. Buttons on the last message are suggested actions; elsewhere (or too many) they go on a card, where they stay usable. */
function message(say: Say, traits: ChannelTraits, last: boolean): OutgoingActivity {
  const special = SPECIAL[say.key];
  if (special) return special(say, traits);
  const text = clip(lineText(say), traits);
  const choices = say.choices ?? [];
  if (choices.length === 0) return { type: 'message', text, textFormat: 'markdown' };
  if (!traits.cards || (last && choices.length <= traits.maxSuggestedActions)) {
    return { type: 'message', text, textFormat: 'markdown', suggestedActions: suggested(choices) };
  }
  if (choices.every((id) => RATING.test(id))) return { type: 'message', attachments: [adaptiveCard([textBlock(text), ...choiceRows(choices)])] };
  return { type: 'message', attachments: [adaptiveCard([textBlock(text)], choiceActions(choices))] };
}

function promptSay(prompt: Prompt): Say {
  return { key: prompt.key, params: prompt.params, choices: prompt.choices };
}

/** The activities for one turn, in order, shaped for the channel. */
export function renderTurn(result: Pick<TurnResult, 'says' | 'prompt'>, traits: ChannelTraits): OutgoingActivity[] {
  const all = [...result.says, promptSay(result.prompt)];
  return all.map((say, index) => message(say, traits, index === all.length - 1));
}
