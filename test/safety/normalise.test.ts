import { normalise } from '../../src/safety/normalise';

describe('normalise', () => {
  it.each([
    ['I’m NOT OK', 'im not ok'],
    ["don't", 'dont'],
    ['“I want to die”', 'i want to die'],
    ['diiiiie', 'die'],
    ['soooooo', 'soo'],
    ['sucidal', 'suicidal'],
    ['myslef', 'myself'],
    ['wanna', 'want to'],
    ['k1ll', 'kill'],
    ['self-harm', 'self harm'],
    ['sewer slide', 'suicide'],
    ['un-alive', 'unalive'],
    ['wait... what?!', 'wait . what .'],
    ['zero\u200bwidth', 'zerowidth'],
    ['been sh-ing again', 'been shing again'],
    ['so tired. of everything. of being me', 'so tired of everything of being me'],
    ['im done. with uni. for good', 'im done with uni for good'],
    ['i failed. then i cried', 'i failed . then i cried'],
  ])('%s → %s', (input, output) => {
    expect(normalise(input)).toBe(output);
  });

  it('leaves ordinary words that merely look like crisis words alone', () => {
    expect(normalise('loving lining hunting overdue bitter proud of myself 2024')).toBe('loving lining hunting overdue bitter proud of myself 2024');
  });
});
