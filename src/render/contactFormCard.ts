import type { Say } from '../../dialogs/types';
import { words } from '../content/copy';
import { markdownWords } from './markdownWords';
import { adaptiveCard, textBlock } from './cards';
import type { ChannelTraits } from './channelTraits';
import type { OutgoingActivity } from './outgoingActivity';
import { MAX_LENGTH } from '../../dialogs/handoffValidation';

const INPUTS = ['name', 'contact', 'time', 'note'] as const;

/**
 * The name step on channels with cards: the question, plus one form for all the details (typing stays possible).
 * The submit carries {form: 'contact'} and the inputs by id; src/understanding/contactForm.ts reads it.
 */
export function contactFormMessage(say: Say, traits: ChannelTraits): OutgoingActivity {
  const question = markdownWords(say.key, say.params);
  if (!traits.cards) return { type: 'message', text: question, textFormat: 'markdown' };
  const inputs = INPUTS.map((id) => ({
    type: 'Input.Text',
    id,
    label: words(`handoff.form.${id}`),
    // Web Chat's card renderer does not tie the label to the input for assistive technology; the placeholder does.
    placeholder: words(`handoff.form.${id}`),
    value: String(say.params?.[id] ?? ''),
    maxLength: MAX_LENGTH[id],
    isMultiline: id === 'note',
    isRequired: id !== 'note',
    // Adaptive Cards refuses to render a required input without one.
    ...(id !== 'note' ? { errorMessage: words('handoff.form.required') } : {}),
  }));
  const body = [
    textBlock(question),
    textBlock(words('handoff.form.intro'), { isSubtle: true }),
    textBlock(words('handoff.form.title'), { weight: 'Bolder' }),
    ...inputs,
  ];
  const submit = { type: 'Action.Submit', title: words('handoff.form.submit'), data: { form: 'contact' } };
  return { type: 'message', attachments: [adaptiveCard(body, [submit])] };
}
