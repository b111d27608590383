import { HARM_KINDS, type HarmKind } from '../../src/safety/harmKind';
import { emergencyNumber, helplinesFor, isRegion, regionFor, DEFAULT_REGION } from '../../src/safety/helplines';

const contacts = (region: 'GB' | 'US' | 'IE', kind: HarmKind = 'suicidal'): string[] => helplinesFor(region, kind).map((h) => h.contact);

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
    expect(helplinesFor('GB', 'suicidal').find((h) => h.contact === '85258')).toMatchObject({ how: 'text', name: 'Shout' });
    expect(emergencyNumber('GB')).toBe('999');
  });

  it('US has the 988 Lifeline (call or text) and 911', () => {
    expect(helplinesFor('US', 'suicidal')).toEqual([expect.objectContaining({ contact: '988', how: 'call or text' })]);
    expect(emergencyNumber('US')).toBe('911');
  });

  it('IE has Samaritans 116 123 and 112', () => {
    expect(helplinesFor('IE', 'suicidal').find((h) => h.contact === '116 123')).toMatchObject({ name: 'Samaritans', how: 'call' });
    expect(emergencyNumber('IE')).toBe('112 or 999');
  });

  it('defaults to GB', () => {
    expect(DEFAULT_REGION).toBe('GB');
  });

  it.each([
    ['GB', 'harmedByOthers', ['0808 2000 247', '0808 8010 327']],
    ['GB', 'childAtRisk', ['0800 1111', '0808 800 5000']],
    ['GB', 'harmToOthers', ['111']],
    ['US', 'harmedByOthers', ['1-800-799-7233']],
    ['US', 'childAtRisk', ['1-800-422-4453']],
    ['IE', 'harmedByOthers', ['1800 341 900', '01 554 3811']],
    ['IE', 'childAtRisk', ['1800 66 66 66']],
  ] as const)('%s gives %s its own services', (region, kind, numbers) => {
    expect(contacts(region, kind)).toEqual(expect.arrayContaining([...numbers]));
  });

  it('gives every helpline a valid way to get in touch, and its source', () => {
    for (const region of ['GB', 'US', 'IE'] as const) {
      for (const h of HARM_KINDS.flatMap((kind) => helplinesFor(region, kind))) {
        expect(h.source).toMatch(/^https:\/\//);
        expect(['call', 'text', 'call or text']).toContain(h.how);
        expect(h.name.length).toBeGreaterThan(0);
        expect(h.detail.length).toBeGreaterThan(0);
      }
    }
  });

  it('returns copies, so callers cannot change the shared data', () => {
    helplinesFor('GB', 'suicidal')[0].contact = 'changed';
    expect(contacts('GB')).toContain('116 123');
  });
});
