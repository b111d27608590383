import { plainText } from '../../src/language/normalise';
import { stopsGoalChecks } from '../../src/understanding/commands';

describe('"stop check-ins" in the person\'s own words', () => {
  it.each([
    'stop check-ins', 'Stop the check ins pls', 'no more checkins!!', 'please cancel my check-in', "don't check in on me again",
    'I dont want any more check ins', 'turn off reminders', 'stop reminding me', 'no need to check up on me', 'cancel the follow up',
    'STOP CHECKINS', 'unsubscribe from check-ins',
  ])('"%s" stops them', (text) => {
    expect(stopsGoalChecks(plainText(text))).toBe(true);
  });

  it.each([
    'stop', 'delete my data', "I can't stop checking my phone", 'remind me what a growth mindset is', 'it went well',
    'I checked in with my manager and it went ok', 'stop being so hard on myself',
  ])('"%s" does not', (text) => {
    expect(stopsGoalChecks(plainText(text))).toBe(false);
  });
});
