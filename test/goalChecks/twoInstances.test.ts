import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { words } from '../../src/content/copy';
import { GoalCheckStore } from '../../src/goalChecks/goalCheckStore';
import { createLogger } from '../../src/logger';
import { readableText } from '../helpers/activities';
import { connectorStandIn, type StandIn } from '../helpers/connectorStandIn';
import { createTestSchema, describePostgres, type TestSchema } from '../helpers/postgres';
import { appDatabaseUrl, TOKEN_SECRET } from '../scale/support';
import { startApp } from '../directline/support';

const CONVERSATIONS = 30;
const GOAL = 'Ask one question in the team meeting';

/** Due check-ins for Teams conversations whose replies go to the connector stand-in. */
async function seed(store: GoalCheckStore, connector: StandIn, count: number, dueAt: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const id = `a:chat-${index}`;
    await store.add({
      conversationKey: `msteams/${id}`, turnId: `seed-${index}`, channelId: 'msteams', timeZone: 'Europe/London', goal: GOAL, dueAt,
      address: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id, conversationType: 'personal' }, bot: { id: 'bot' }, user: { id: `person-${index}` } },
    });
  }
}

/** Which conversations got the check-in question, and how many times each. */
function askedPerConversation(connector: StandIn): Map<string, number> {
  const asked = new Map<string, number>();
  for (const reply of connector.posts) {
    if (!readableText(reply.body ?? {}).includes(words('goalCheck.asked.prompt', { goal: GOAL }))) continue;
    const id = decodeURIComponent(reply.path.split('/')[3]);
    asked.set(id, (asked.get(id) ?? 0) + 1);
  }
  return asked;
}

describePostgres('two instances on one PostgreSQL', () => {
  let schema: TestSchema;
  let connector: StandIn;
  const apps: App[] = [];
  let now = Date.parse('2026-12-01T10:00:00Z');

  beforeAll(async () => {
    schema = await createTestSchema();
    connector = await connectorStandIn(true);
    const config = loadConfig({ DATABASE_URL: appDatabaseUrl(schema), DIRECT_LINE_TOKEN_SECRET: TOKEN_SECRET, LOG_LEVEL: 'silent', GOAL_CHECK_INTERVAL_SECONDS: '3600' });
    for (let index = 0; index < 2; index += 1) apps.push(await createApp(config, createLogger('silent'), { now: () => now }));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await connector.close();
    await schema.dispose();
  });

  it('send each due check-in exactly once between them, claimed with SKIP LOCKED', async () => {
    await seed(new GoalCheckStore(apps[0].db, () => now), connector, CONVERSATIONS, now + 1_000);
    now += 2_000;
    // Both at once, more than once: the second round must find nothing left.
    const rounds = [];
    for (let round = 0; round < 3; round += 1) rounds.push(...(await Promise.all(apps.map((app) => app.goalChecks.runOnce()))));
    expect(rounds.reduce((sum, run) => sum + run.asked, 0)).toBe(CONVERSATIONS);
    // Both took part (claims skip each other's rows rather than wait for them).
    expect(rounds.slice(0, 2).every((run) => run.asked > 0)).toBe(true);
    const asked = askedPerConversation(connector);
    expect(asked.size).toBe(CONVERSATIONS);
    expect([...asked.values()].every((times) => times === 1)).toBe(true);
  });
});

describe('a restart', () => {
  it('keeps due check-ins: another process on the same database sends them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-restart-'));
    const connector = await connectorStandIn(true);
    let now = Date.parse('2026-12-01T10:00:00Z');
    try {
      const first = await startApp({}, dir, { now: () => now });
      await seed(new GoalCheckStore(first.app.db, () => now), connector, 1, now + 60_000);
      await first.app.close();

      now += 120_000;
      const second = await startApp({}, dir, { now: () => now });
      try {
        expect(await second.app.goalChecks.runOnce()).toEqual({ asked: 1, later: 0, dropped: 0 });
        expect(askedPerConversation(connector).get('a:chat-0')).toBe(1);
      } finally {
        await second.app.close();
      }
    } finally {
      await connector.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
