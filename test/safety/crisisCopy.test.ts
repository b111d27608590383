import { CRISIS_COPY_KEYS, crisisLine, helplineLine, helplinesMessage } from '../../src/safety/crisisCopy';
import { helplinesFor, type Region } from '../../src/safety/helplines';

const REGIONS: Region[] = ['GB', 'US', 'IE'];

describe('crisis copy', () => {
  it('fills every placeholder in every line for every region', () => {
    for (const region of REGIONS) {
      for (const key of CRISIS_COPY_KEYS.filter((k) => k !== 'helplineItem')) {
        expect(crisisLine(key, region)).not.toMatch(/[{}]/);
      }
    }
  });

  it.each([
    ['GB', '999'],
    ['US', '911'],
    ['IE', '112'],
  ] as const)('urges the %s emergency number when someone is not safe', (region, number) => {
    expect(crisisLine('notSafe', region)).toContain(`call ${number} now`);
    expect(crisisLine('notEmergency', region)).toContain(number);
  });

  it('says plainly that neither the assistant nor a contact request is an emergency service', () => {
    const line = crisisLine('notEmergency', 'GB');
    expect(line).toMatch(/not an emergency service/);
    expect(line).toMatch(/get in touch isn't an emergency service/);
  });

  it('opens warmly and asks whether the person is safe', () => {
    expect(crisisLine('opening', 'GB')).toMatch(/^I'm really glad you told me\./);
    expect(crisisLine('askSafe', 'GB')).toBe('Are you safe right now?');
  });

  it('includes a grounding exercise', () => {
    expect(crisisLine('grounding', 'GB')).toMatch(/5 things you can see/);
  });

  it('points a safe person to the region\'s first helpline', () => {
    expect(crisisLine('safe', 'GB')).toContain('Samaritans');
    expect(crisisLine('safe', 'US')).toContain('call or text 988');
  });

  it('lists every helpline for the region', () => {
    const message = helplinesMessage('GB');
    expect(message).toContain('Samaritans: call 116 123.');
    expect(message).toContain('Shout: text 85258. Text the word SHOUT.');
    expect(message.split('\n\n')).toHaveLength(1 + helplinesFor('GB').length);
  });

  it('formats a single helpline', () => {
    expect(helplineLine({ name: 'Test line', contact: '123', how: 'call or text', detail: 'Any time.' })).toBe(
      'Test line: call or text 123. Any time.',
    );
  });

  it('keeps every line brief', () => {
    for (const key of CRISIS_COPY_KEYS) expect(crisisLine(key, 'GB').length).toBeLessThanOrEqual(260);
  });
});
