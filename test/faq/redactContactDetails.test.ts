import { redactContactDetails } from '../../src/faq/redactContactDetails';

describe('taking contact details out of a question', () => {
  it.each([
    ['email me at ann.smith@example.com please', 'email me at [email] please'],
    ["is o'brien+x@example.co.uk right?", 'is [email] right?'],
    ['write to ann@example', 'write to [email]'],
    ['Ann.Smith@Example.COM, or bob_1@mail.example.org.', '[email], or [email].'],
  ])('e-mail addresses: %p', (text, redacted) => {
    expect(redactContactDetails(text)).toBe(redacted);
  });

  it.each([
    ['call me on 07911 123456?', 'call me on [phone]?'],
    ['my number is +44 20 7946 0018.', 'my number is [phone].'],
    ['ring (020) 7946-0018 or +1 415 555 2671', 'ring [phone] or [phone]'],
    ['0044 7911 123456 after six', '[phone] after six'],
    // Seven digits or more, however written, even when they are no number libphonenumber knows.
    ['my code is 1234567', 'my code is [phone]'],
    ['try 12 34 56 78 9', 'try [phone]'],
    ['it is 555-0199-22', 'it is [phone]'],
  ])('phone numbers: %p', (text, redacted) => {
    expect(redactContactDetails(text)).toBe(redacted);
  });

  it.each([
    'what happened in 1999?',
    'is 123456 too many?',
    'how do I get from 7 out of 10 to a 3?',
    'what does @ mean here?',
  ])('leaves other words and short numbers alone: %p', (text) => {
    expect(redactContactDetails(text)).toBe(text);
  });

  it('takes out both from one message', () => {
    expect(redactContactDetails('How do I bake bread? ann@example.com, 07911 123456')).toBe('How do I bake bread? [email], [phone]');
  });
});
