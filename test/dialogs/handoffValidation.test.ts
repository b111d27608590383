import fc from 'fast-check';
import { checkContact, checkEmail, checkField, checkPhone } from '../../dialogs/handoffValidation';

const problem = (checked: ReturnType<typeof checkEmail>): string | undefined => (checked.ok ? undefined : checked.problem);

describe('email check', () => {
  test.each(['ann@example.com', 'ann.smith+nhs@mail.example.co.uk', "o'brien@example.org", 'a@b.io', 'x@xn--bcher-kva.example'])('accepts %s', (email) => {
    expect(checkEmail(email)).toEqual({ ok: true, value: email, kind: 'email' });
  });

  test.each([
    ['ann smith@example.com', 'handoff.problems.emailSpaces'],
    ['annexample.com', 'handoff.problems.emailAt'],
    ['ann@@example.com', 'handoff.problems.emailAt'],
    ['ann@x@example.com', 'handoff.problems.emailAt'],
    ['.ann@example.com', 'handoff.problems.emailLocal'],
    ['ann..smith@example.com', 'handoff.problems.emailLocal'],
    ['ann.@example.com', 'handoff.problems.emailLocal'],
    ['@example.com', 'handoff.problems.emailLocal'],
    ['ann@example', 'handoff.problems.emailDomain'],
    ['ann@example.c', 'handoff.problems.emailDomain'],
    ['ann@example.123', 'handoff.problems.emailDomain'],
    ['ann@-example.com', 'handoff.problems.emailDomain'],
    ['ann@example..com', 'handoff.problems.emailDomain'],
    ['ann@', 'handoff.problems.emailDomain'],
    [`${'a'.repeat(65)}@example.com`, 'handoff.problems.emailLocal'],
    [`ann@${'a'.repeat(250)}.com`, 'handoff.problems.emailLong'],
  ])('rejects %s and says what is wrong', (email, expected) => {
    expect(problem(checkEmail(email))).toBe(expected);
  });

  test('nothing with whitespace inside is ever accepted', () => {
    fc.assert(fc.property(fc.string(), fc.constantFrom(' ', '\t', '\u00a0'), fc.string(), (before, space, after) => {
      expect(checkEmail(`${before}a${space}b@example.com${after}`.trim()).ok).toBe(false);
    }));
  });
});

describe('phone check', () => {
  test('a UK number without a country code is read as GB and kept in international form', () => {
    expect(checkPhone('07911 123456')).toEqual({ ok: true, value: '+447911123456', kind: 'phone' });
    expect(checkPhone('020 7946 0958')).toEqual({ ok: true, value: '+442079460958', kind: 'phone' });
  });

  test('a number with a country code is kept as that country', () => {
    expect(checkPhone('+1 415 555 2671')).toEqual({ ok: true, value: '+14155552671', kind: 'phone' });
  });

  test.each(['12345', '0791', '+44 12', '999999999999999999'])('rejects %s', (phone) => {
    expect(problem(checkPhone(phone))).toBe('handoff.problems.phone');
  });
});

describe('contact and other fields', () => {
  test('an @ means email, digits mean phone, neither is explained', () => {
    expect(checkContact('ann@example.com')).toMatchObject({ ok: true, kind: 'email' });
    expect(checkContact('07911 123456')).toMatchObject({ kind: 'phone' });
    expect(problem(checkContact('call me maybe'))).toBe('handoff.problems.contactNeither');
  });

  test('names, times and notes must have words and stay within their lengths', () => {
    expect(checkField('name', '  Ann   Smith ')).toEqual({ ok: true, value: 'Ann Smith' });
    expect(problem(checkField('name', '!!!'))).toBe('handoff.problems.nameEmpty');
    expect(problem(checkField('name', 'a'.repeat(101)))).toBe('handoff.problems.nameLong');
    expect(checkField('time', 'a'.repeat(100)).ok).toBe(true);
    expect(problem(checkField('note', 'a'.repeat(501)))).toBe('handoff.problems.noteLong');
  });
});
