import type { Prompt } from './types';

/** The prompt of "delete my data": a confirmation, then nothing to answer while it is done. */
export function privacyPrompt(step: string): Prompt {
  return step === 'privacy.confirmDelete'
    ? { step, key: 'privacy.confirmDelete.prompt', expects: 'text', choices: ['privacy.delete.yes', 'privacy.delete.no'], yesNo: { yes: 'privacy.delete.yes', no: 'privacy.delete.no' } }
    : { step, key: 'privacy.deleting.prompt', expects: 'none', choices: [] };
}
