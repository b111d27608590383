import { EDIT_CHOICES } from '../../dialogs/handoff';
import { handoffPrompt } from '../../dialogs/handoffPrompts';
import { privacyPrompt } from '../../dialogs/privacyPrompts';
import { stepLineKey } from '../../dialogs/shared';
import { choiceLabel, words } from '../../src/content/copy';

const HANDOFF_STEPS = ['consent', 'name', 'contact', 'time', 'note', 'confirm', 'sending'];
const PRIVACY_STEPS = ['privacy.confirmDelete', 'privacy.deleting'];

test('every handoff and privacy step has its prompt, "need" and "where" words, and every button a label', () => {
  const prompts = [
    ...HANDOFF_STEPS.map((value) => handoffPrompt({ value, context: { details: { name: 'A', contact: 'a@b.co', contactKind: 'email', time: 't' }, noteDone: true } })),
    ...PRIVACY_STEPS.map(privacyPrompt),
  ];
  for (const prompt of prompts) {
    // words() throws for a key with no copy.
    expect(words(prompt.key, prompt.params)).toBeTruthy();
    expect(words(stepLineKey(prompt.step, 'need'))).toBeTruthy();
    expect(words(stepLineKey(prompt.step, 'where'))).toBeTruthy();
    for (const id of prompt.choices) expect(choiceLabel(id)).toBeTruthy();
  }
  expect(Object.keys(EDIT_CHOICES).map(choiceLabel)).toEqual(['Change name', 'Change contact', 'Change time', 'Change note']);
});
