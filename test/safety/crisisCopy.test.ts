import { CRISIS_COPY_KEYS, crisisLine, crisisTemplate, helplineLine, helplinesMessage } from '../../src/safety/crisisCopy';
import { HARM_KINDS } from '../../src/safety/harmKind';
import { helplinesFor, type Region } from '../../src/safety/helplines';

const REGIONS: Region[] = ['GB', 'US', 'IE'];

describe('crisis copy', () => {
  it('fills every placeholder in every line for every region and kind of harm', () => {
    for (const region of REGIONS) {
      for (const kind of HARM_KINDS) {
        for (const key of CRISIS_COPY_KEYS.filter((k) => k !== 'helplineItem')) expect(crisisLine(key, region, kind)).not.toMatch(/[{}]/);
      }
    }
  });

  it.each([
    ['GB', '999'],
    ['US', '911'],
    ['IE', '112'],
  ] as const)('urges the %s emergency number when someone is not safe, whatever the harm', (region, number) => {
    for (const kind of HARM_KINDS) {
      expect(crisisLine('notSafe', region, kind)).toContain(number);
      expect(crisisLine('notEmergency', region, kind)).toContain(number);
    }
  });

  it('never tells someone who is being harmed, or worried about a child, to move away from things they could hurt themselves with', () => {
    for (const kind of ['harmedByOthers', 'childAtRisk', 'harmToOthers'] as const) {
      for (const key of CRISIS_COPY_KEYS) expect(crisisTemplate(key, kind)).not.toMatch(/hurt yourself with/);
    }
    expect(crisisLine('notSafe', 'GB', 'suicidal')).toMatch(/hurt yourself with/);
  });

  it('urges the emergency number first when there is a plan or means', () => {
    expect(crisisLine('opening', 'GB', 'planOrMeans')).toMatch(/call 999 now/);
    expect(crisisLine('opening', 'US', 'planOrMeans')).toMatch(/call 911 now/);
  });

  it('asks about safety in words that fit the harm', () => {
    expect(crisisLine('askSafe', 'GB', 'suicidal')).toBe('Are you safe right now?');
    expect(crisisLine('askSafe', 'GB', 'harmedByOthers')).toBe('Are you safe from them right now?');
    expect(crisisLine('askSafe', 'GB', 'childAtRisk')).toMatch(/child/);
    expect(crisisLine('askSafe', 'GB', 'harmToOthers')).toMatch(/everyone safe/);
  });

  it('says plainly that neither the assistant nor a contact request is an emergency service', () => {
    const line = crisisLine('notEmergency', 'GB', 'suicidal');
    expect(line).toMatch(/not an emergency service/);
    expect(line).toMatch(/get in touch isn't an emergency service/);
  });

  it('asks the check-in question directly: hurting or killing yourself, someone else, or someone hurting you', () => {
    const line = crisisLine('checkIn', 'GB', 'suicidal');
    expect(line).toMatch(/hurting or killing yourself/);
    expect(line).toMatch(/hurting someone else/);
    expect(line).toMatch(/someone hurting you/);
  });

  it('includes a grounding exercise', () => {
    expect(crisisLine('grounding', 'GB', 'suicidal')).toMatch(/5 things you can see/);
  });

  it("points a safe person to the region's first helpline for that kind", () => {
    expect(crisisLine('safe', 'GB', 'suicidal')).toContain('Samaritans');
    expect(crisisLine('safe', 'US', 'suicidal')).toContain('call or text 988');
    expect(crisisLine('safe', 'GB', 'harmedByOthers')).toContain('0808 2000 247');
    expect(crisisLine('safe', 'IE', 'childAtRisk')).toContain('1800 66 66 66');
  });

  it('lists every helpline for the region and kind', () => {
    const message = helplinesMessage('GB', 'suicidal');
    expect(message).toContain('Samaritans: call 116 123.');
    expect(message).toContain('Shout: text 85258. Text the word SHOUT.');
    expect(message.split('\n\n')).toHaveLength(1 + helplinesFor('GB', 'suicidal').length);
    expect(helplinesMessage('US', 'harmedByOthers')).toContain('1-800-799-7233');
    expect(helplinesMessage('IE', 'harmedByOthers')).toContain("Women's Aid: call 1800 341 900.");
  });

  it('formats a single helpline', () => {
    expect(helplineLine({ name: 'Test line', contact: '123', how: 'call or text', detail: 'Any time.', source: 'https://example.org' })).toBe(
      'Test line: call or text 123. Any time.',
    );
  });

  it('keeps every line brief', () => {
    for (const kind of HARM_KINDS) for (const key of CRISIS_COPY_KEYS) expect(crisisLine(key, 'GB', kind).length).toBeLessThanOrEqual(260);
  });
});
