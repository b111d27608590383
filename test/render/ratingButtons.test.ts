import { words } from '../../src/content/copy';
import { traitsFor } from '../../src/render/channelTraits';
import { renderTurn } from '../../src/render/render';
import { allText, lastText } from '../helpers/activities';
import { BotConversation } from '../helpers/botConversation';
import { createEngine } from '../helpers/engine';
import { openMemoryDb } from '../helpers/memoryDb';
import { TYPED_TURNS } from '../helpers/reframeScript';
import { expectTeamsCanShow } from '../teams/teamsChat';
import { RATING_CHOICES } from '../../dialogs/prompts';
import type { Prompt } from '../../dialogs/types';

const rerate: Prompt = { step: 'reframe.rerate', key: 'steps.reframe.rerate.prompt', expects: 'rating', choices: RATING_CHOICES };
const labels = Array.from({ length: 11 }, (_, value) => String(value));

describe('a 0 to 10 rating can be tapped', () => {
  it('in web chat, as eleven suggested actions', () => {
    const [prompt] = renderTurn({ says: [], prompt: rerate }, traitsFor('directline'));
    expect(prompt.suggestedActions?.actions.map((action) => action.title)).toEqual(labels);
  });

  it('in Teams, within its limits: a card whose buttons come in rows of at most six, each posting its choice', () => {
    const [prompt] = renderTurn({ says: [], prompt: rerate }, traitsFor('msteams'));
    expectTeamsCanShow(prompt);
    const card = prompt.attachments?.[0].content as { body: Array<{ type: string; actions?: Array<{ title: string; data: unknown }> }> };
    const rows = card.body.filter((element) => element.type === 'ActionSet');
    expect(rows.map((row) => row.actions!.length)).toEqual([6, 5]);
    expect(rows.flatMap((row) => row.actions!.map((action) => action.title))).toEqual(labels);
    expect(rows[1].actions![1].data).toEqual({ choice: 'rating.7' });
  });

  it('and a tap is the same answer as the number typed, at both ratings', async () => {
    const db = await openMemoryDb();
    try {
      const chat = new BotConversation(createEngine(db).engine, 'msteams');
      await chat.say('hi');
      await chat.say('Work through a setback');
      await chat.say(TYPED_TURNS[0]);
      await chat.say(TYPED_TURNS[1]);
      expect(lastText(await chat.press({ choice: 'rating.8' }))).toBe(words('steps.reframe.friend.prompt'));
      for (const text of TYPED_TURNS.slice(3, -1)) await chat.say(text);
      expect(allText(await chat.press({ choice: 'rating.3' }))).toContain(words('close.lower', { before: 8, after: 3 }));
    } finally {
      await db.close();
    }
  });
});
