import { choiceLabel, words } from '../../src/content/copy';
import { crisisLine, helplinesMessage } from '../../src/safety/crisisCopy';
import type { HarmKind } from '../../src/safety/harmKind';
import { CrisisTally } from '../../src/safety/crisisTally';
import { greetedChat } from '../helpers/greetedChat';
import { allText } from '../helpers/activities';

/** For each kind of harm: a message that is clear risk, and one that may mean harm and is asked about first. */
const KINDS: Array<[HarmKind, string, string]> = [
  ['suicidal', 'I want to kill myself', 'i dont want to do this life thing anymore tbh'],
  ['selfHarm', 'I keep cutting myself', 'i deserve to hurt'],
  ['planOrMeans', "I've got the pills saved up and I'm going to take them tonight", 'i know which bridge i would use'],
  ['harmedByOthers', 'my partner hits me', "my partner makes me feel like i'm worthless and i'm scared to leave"],
  ['childAtRisk', 'my stepdad comes into my room at night', 'i think my neighbours little girl is being hurt, i hear her crying and him shouting'],
  ['harmToOthers', "I'm going to stab my boss tomorrow, I've got a knife in my bag", "i'll make him pay for what he did"],
];

const person = greetedChat();
const say = (text: string): Promise<string> => person.say(text);
const friendPrompt = words('steps.reframe.friend.prompt');

/** Part-way through a reframe: the next step asked is "what would you say to a friend?". */
async function toFriendStep(): Promise<void> {
  for (const text of [choiceLabel('reframe.start'), 'I messed up the audit at work', 'ashamed', '7']) await person.chat.say(text);
}

describe.each(KINDS)('%s', (kind, clear, possible) => {
  it('clear risk in the middle of a reframe gets full support for that kind at once, and the reframe waits', async () => {
    await toFriendStep();
    const reply = await say(clear);
    expect(reply).toContain(crisisLine('opening', 'GB', kind));
    expect(reply).toContain(helplinesMessage('GB', kind).split('\n\n')[1]);
    expect(reply).toContain(crisisLine('askSafe', 'GB', kind));
    expect(reply).not.toContain(friendPrompt);
    const notSafe = await say(choiceLabel('crisis.notSafe'));
    expect(notSafe).toContain(crisisLine('notSafe', 'GB', kind));
    expect(await say(choiceLabel('reframe.resume'))).toContain(friendPrompt);
    expect(await new CrisisTally(person.db).counts()).toEqual([expect.objectContaining({ kind, tier: 'clear', count: 1 })]);
  });

  it('possible risk gets a direct check-in; "no" goes back to exactly the step they were on, and nothing is counted', async () => {
    await toFriendStep();
    const asked = await say(possible);
    expect(asked).toContain(crisisLine('checkIn', 'GB', kind));
    expect(asked).not.toContain(crisisLine('opening', 'GB', kind));
    const back = await say('no, I am ok');
    expect(back).toContain(crisisLine('checkInNo', 'GB', kind));
    expect(back).toContain(friendPrompt);
    expect(await new CrisisTally(person.db).counts()).toEqual([]);
  });

  it('possible risk answered "yes" leads to full support for that kind, counted as a check-in', async () => {
    await toFriendStep();
    await say(possible);
    const reply = await say('yes');
    expect(reply).toContain(crisisLine('opening', 'GB', kind));
    expect(reply).toContain(helplinesMessage('GB', kind).split('\n\n')[1]);
    expect(await new CrisisTally(person.db).counts()).toEqual([expect.objectContaining({ kind, tier: 'checkIn', count: 1 })]);
  });

  it('anything short of a clear no ("not sure", or other words) leads to full support', async () => {
    await toFriendStep();
    await say(possible);
    expect(await say("I'm not sure")).toContain(crisisLine('opening', 'GB', kind));
  });
});

describe('the safety net reads the whole of a long message', () => {
  it('finds a crisis sentence at the end of a 6,000-character story, past where it used to stop reading', async () => {
    const story = 'I revised for weeks and the exam still went badly, and my manager at the cafe keeps adding shifts. '.repeat(60);
    expect(story.length).toBeGreaterThan(5000);
    expect(await say(`${story} Honestly I just want to kill myself.`)).toContain(crisisLine('opening', 'GB', 'suicidal'));
  });
});

describe('helplines follow the person’s region', () => {
  it('gives the US domestic violence hotline for an en-US person being hurt', async () => {
    const reply = allText(await person.chat.send({ type: 'message', text: 'my husband hits me', locale: 'en-US' }));
    expect(reply).toContain('1-800-799-7233');
    expect(reply).not.toContain('hurt yourself with');
  });
});
