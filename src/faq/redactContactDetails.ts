import { findPhoneNumbersInText } from 'libphonenumber-js';

export const EMAIL_MARK = '[email]';
export const PHONE_MARK = '[phone]';

// Broader than a valid address on purpose ("ann@example" and "ann@@example.com" go too): a miss keeps a person's address.
const EMAIL = /[\p{L}\p{N}._%+'-]*[\p{L}\p{N}_%+'-]@+[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;
/** Seven digits or more, however they are spaced or punctuated: what libphonenumber does not read as a number still goes. */
const LONG_NUMBER = /\+?\d(?:[\s().\-/]*\d){6,}/g;

/**
 * The text with e-mail addresses and phone numbers replaced by [email] and [phone]. Numbers are read as UK ones unless
 * they start with + or 00, as the contact form reads them (dialogs/handoffValidation.ts).
 */
export function redactContactDetails(text: string): string {
  const withoutEmails = text.replace(EMAIL, EMAIL_MARK);
  let withoutPhones = '';
  let from = 0;
  for (const found of findPhoneNumbersInText(withoutEmails, 'GB')) {
    withoutPhones += withoutEmails.slice(from, found.startsAt) + PHONE_MARK;
    from = found.endsAt;
  }
  withoutPhones += withoutEmails.slice(from);
  return withoutPhones.replace(LONG_NUMBER, PHONE_MARK);
}
