import { emergencyNumber, helplinesFor, isRegion, regionFor, DEFAULT_REGION } from '../../src/safety/helplines';

const contacts = (region: 'GB' | 'US' | 'IE'): string[] => helplinesFor(region).map((h) => h.contact);

describe('regionFor', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-gb', 'GB'],
    ['en-us', 'US'],
    ['en-US', 'US'],
    ['en_IE', 'IE'],
    ['ga-IE', 'IE'],
    ['en-Latn-IE', 'IE'],
  ] as const)('maps %s to %s', (locale, region) => {
    expect(regionFor(locale, 'GB')).toBe(region);
  });

  it.each([undefined, '', 'en', 'fr-FR', 'en-AU', 'nonsense', 'de_DE'])('falls back for %p', (locale) => {
    expect(regionFor(locale, 'US')).toBe('US');
    expect(regionFor(locale, 'IE')).toBe('IE');
  });
});

describe('isRegion', () => {
  it('accepts only the supported regions', () => {
    expect(['GB', 'US', 'IE'].every(isRegion)).toBe(true);
    expect(['gb', 'UK', 'FR', '', 'toString'].some(isRegion)).toBe(false);
  });
});

describe('helplinesFor and emergencyNumber', () => {
  it('GB has Samaritans 116 123, Shout 85258 and 999', () => {
    expect(contacts('GB')).toEqual(expect.arrayContaining(['116 123', '85258']));
    expect(helplinesFor('GB').find((h) => h.contact === '85258')).toMatchObject({ how: 'text', name: 'Shout' });
    expect(emergencyNumber('GB')).toBe('999');
  });

  it('US has the 988 Lifeline (call or text) and 911', () => {
    expect(helplinesFor('US')).toEqual([expect.objectContaining({ contact: '988', how: 'call or text' })]);
    expect(emergencyNumber('US')).toBe('911');
  });

  it('IE has Samaritans 116 123 and 112', () => {
    expect(helplinesFor('IE').find((h) => h.contact === '116 123')).toMatchObject({ name: 'Samaritans', how: 'call' });
    expect(emergencyNumber('IE')).toBe('112');
  });

  it('defaults to GB', () => {
    expect(DEFAULT_REGION).toBe('GB');
  });

  it('gives every helpline a valid way to get in touch', () => {
    for (const region of ['GB', 'US', 'IE'] as const) {
      for (const h of helplinesFor(region)) {
        expect(['call', 'text', 'call or text']).toContain(h.how);
        expect(h.name.length).toBeGreaterThan(0);
        expect(h.detail.length).toBeGreaterThan(0);
      }
    }
  });

  it('returns copies, so callers cannot change the shared data', () => {
    helplinesFor('GB')[0].contact = 'changed';
    expect(contacts('GB')).toContain('116 123');
  });
});
