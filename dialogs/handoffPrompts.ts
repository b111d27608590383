import { EDIT_CHOICES, type HandoffState } from './handoff';
import type { Prompt } from './types';

/** Steps where the card form may be submitted (its card stays in the chat, so any detail step takes it). */
const FORM_STEPS = ['name', 'contact', 'time', 'note', 'confirm'];

// Yes/no steps expect 'text': a typed "yes" is an answer, and only a real question goes to the FAQ.
/** The prompt of the handoff step the child machine is on; its details fill the card form and the confirmation. */
export function handoffPrompt(child: HandoffState | undefined): Prompt {
  const at = child?.value ?? 'consent';
  const step = `handoff.${at}`;
  const details = child?.context.details ?? {};
  const form = FORM_STEPS.includes(at) ? { form: 'contact' as const } : {};
  const shown = { name: details.name ?? '', contact: details.contact ?? '', time: details.time ?? '', note: details.note ?? '' };
  switch (at) {
    case 'consent':
      return { step, key: 'handoff.consent.prompt', expects: 'text', choices: ['handoff.consent.yes', 'handoff.consent.no'], yesNo: { yes: 'handoff.consent.yes', no: 'handoff.consent.no' } };
    case 'note':
      return { step, key: 'handoff.note.prompt', expects: 'text', choices: ['handoff.noteSkip'], ...form };
    case 'confirm':
      return {
        step,
        key: details.note ? 'handoff.confirm.prompt' : 'handoff.confirm.promptNoNote',
        params: shown,
        expects: 'text',
        choices: ['handoff.send', ...Object.keys(EDIT_CHOICES)],
        yesNo: { yes: 'handoff.send' },
        ...form,
      };
    case 'sending':
      return { step, key: 'handoff.sending.prompt', expects: 'none', choices: [] };
    default:
      return { step, key: `handoff.${at}.prompt`, params: at === 'name' ? shown : undefined, expects: 'text', choices: [], ...form };
  }
}
