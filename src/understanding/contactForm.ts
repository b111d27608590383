import type { BounceBackEvent, ContactField, Prompt } from '../../dialogs/types';

const FIELDS: ContactField[] = ['name', 'contact', 'time', 'note'];

/**
 * The contact card form's values, taken only where the step offers the form. Card data is untrusted: unknown keys are
 * ignored, and a field that is not text is reported as unreadable; the machine then checks each text as if it were typed.
 */
export function contactFormEvent(value: unknown, prompt: Prompt): BounceBackEvent | undefined {
  if (typeof value !== 'object' || value === null || (value as Record<string, unknown>).form !== 'contact') return undefined;
  if (prompt.form !== 'contact') return { type: 'UNUSABLE' };
  const data = value as Record<string, unknown>;
  const fields: Partial<Record<ContactField, string>> = {};
  const unreadable: ContactField[] = [];
  for (const field of FIELDS) {
    const given = data[field];
    if (given === undefined || given === null) continue;
    if (typeof given !== 'string') unreadable.push(field);
    // A blank note means "no note"; a blank required field is simply not given.
    else if (given.trim() || field === 'note') fields[field] = given;
  }
  return { type: 'FORM', fields, unreadable };
}
