import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { ContactField } from './types';

/** A field's value as it will be kept, or the content key of what is wrong with it. */
export type Checked = { ok: true; value: string; kind?: 'email' | 'phone' } | { ok: false; problem: string };

export const MAX_LENGTH: Record<ContactField, number> = { name: 100, contact: 254, time: 100, note: 500 };

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TOP_LEVEL = /^([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

const fail = (problem: string): Checked => ({ ok: false, problem: `handoff.problems.${problem}` });

/** A careful syntax check (RFC 5321 lengths, dot-atom local part, dotted domain with a real-looking TLD); no quoted forms. */
export function checkEmail(raw: string): Checked {
  const email = raw.trim();
  if (/\s/.test(email)) return fail('emailSpaces');
  if (email.length > 254) return fail('emailLong');
  const at = email.lastIndexOf('@');
  if (at < 0 || email.indexOf('@') !== at) return fail('emailAt');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (!local || local.length > 64 || !LOCAL_PART.test(local)) return fail('emailLocal');
  const labels = domain.split('.');
  if (!domain || domain.length > 253 || labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return fail('emailDomain');
  if (!TOP_LEVEL.test(labels[labels.length - 1])) return fail('emailDomain');
  return { ok: true, value: email, kind: 'email' };
}

/** Phone numbers are read as UK numbers unless they start with +; kept in international form. */
export function checkPhone(raw: string): Checked {
  const phone = parsePhoneNumberFromString(raw.trim(), 'GB');
  if (!phone || !phone.isValid()) return fail('phone');
  return { ok: true, value: phone.number, kind: 'phone' };
}

/** An email if it has an @ in it, otherwise a phone number if it has digits; anything else is neither. */
export function checkContact(raw: string): Checked {
  const text = raw.trim();
  if (text.length > MAX_LENGTH.contact) return fail('contactLong');
  if (text.includes('@')) return checkEmail(text);
  if (/\d/.test(text)) return checkPhone(text);
  return fail('contactNeither');
}

function checkWords(field: 'name' | 'time' | 'note', raw: string): Checked {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(text)) return fail(`${field}Empty`);
  if (text.length > MAX_LENGTH[field]) return fail(`${field}Long`);
  return { ok: true, value: text };
}

/** The one check for a field, whether it was typed or came from the card form. */
export function checkField(field: ContactField, raw: string): Checked {
  return field === 'contact' ? checkContact(raw) : checkWords(field, raw);
}
