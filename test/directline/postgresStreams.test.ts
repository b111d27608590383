import { StreamHub, type StreamFrame, type Subscriber } from '../../src/directline/hub';
import { PostgresFanout } from '../../src/directline/postgresFanout';
import { StreamCursor } from '../../src/directline/socket';
import { DirectLineStore, type DlActivity } from '../../src/directline/store';
import { createLogger } from '../../src/logger';
import { ALL_MIGRATIONS } from '../../src/storage/allMigrations';
import { migrate } from '../../src/storage/migrations';
import { dedicatedClient, type PostgresDb } from '../../src/storage/postgresDb';
import { createTestSchema, describePostgres, recordingLogger, terminateConnections, type TestSchema } from '../helpers/postgres';
import { eventually } from '../helpers/eventually';
import { appDatabaseUrl } from '../scale/support';

const message = (text: string) => ({ type: 'message', text });

/** What a stream wrote: its frames, and the stored activities among them as seqs. */
function recorder(): { frames: StreamFrame[]; seqs: () => number[] } {
  const frames: StreamFrame[] = [];
  return { frames, seqs: () => frames.filter((frame) => frame.watermark !== undefined).flatMap((frame) => frame.activities.map((activity) => Number(String(activity.id).split('|')[1]))) };
}

/** Appends to an open conversation, which always stores. */
async function put(store: DirectLineStore, conversationId: string, activity: DlActivity): Promise<DlActivity> {
  const stored = await store.append(conversationId, activity);
  if (!stored) throw new Error(`${conversationId} has ended`);
  return stored;
}

describePostgres('Direct Line conversations on PostgreSQL', () => {
  let schema: TestSchema;
  let pools: PostgresDb[];
  let stores: DirectLineStore[];

  beforeAll(async () => {
    schema = await createTestSchema();
    pools = [schema.connect({ poolSize: 5 }), schema.connect({ poolSize: 5 })];
    await migrate(pools[0], ALL_MIGRATIONS);
    stores = pools.map((pool) => new DirectLineStore(pool));
  });

  afterAll(async () => {
    await schema.dispose();
  });

  describe('the store (migration 20)', () => {
    it('numbers 40 simultaneous appends from two pools 1…40 with no gaps or repeats, and pages them in order', async () => {
      expect(await stores[0].create('conv-a')).toBe(true);
      expect(await stores[1].create('conv-a')).toBe(false);
      const stored = await Promise.all(Array.from({ length: 40 }, (_unused, index) => put(stores[index % 2], 'conv-a', message(`m${index}`))));
      expect(stored.map((activity) => Number(String(activity.id).split('|')[1])).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_unused, index) => index + 1));

      const first = await stores[1].after('conv-a', 0);
      expect(first.watermark).toBe('40');
      expect(first.activities.map((activity) => activity.id)).toEqual(Array.from({ length: 40 }, (_unused, index) => `conv-a|${index + 1}`));
      expect(await stores[0].after('conv-a', 40)).toEqual({ activities: [], watermark: '40' });
      expect(await stores[0].status('conv-a')).toBe('open');
    });

    it('sweeps untouched conversations with their activities', async () => {
      const old = new DirectLineStore(pools[0], () => 1000);
      await old.create('conv-old');
      await put(old, 'conv-old', message('old'));
      expect(await stores[0].deleteUntouchedSince(2000)).toBe(1);
      expect(await stores[0].status('conv-old')).toBe('missing');
      expect(await pools[0].get("SELECT COUNT(*)::int AS n FROM directline_activity WHERE conversation_id = 'conv-old'")).toEqual({ n: 0 });
    });
  });

  describe('a stream cursor', () => {
    it('sends the next activity as published, reads gaps and out-of-order news from the store, and never repeats one', async () => {
      await stores[0].create('conv-c');
      const written = recorder();
      const cursor = new StreamCursor('conv-c', 0, stores[0], (frame) => written.frames.push(frame), createLogger('silent'));
      const one = await put(stores[0], 'conv-c', message('one'));
      cursor.send({ activities: [one], watermark: '1' });
      expect(written.seqs()).toEqual([1]);
      // 2 and 3 were stored elsewhere; 3 is announced first, then 2: both are read from the store, once, in order.
      await put(stores[1], 'conv-c', message('two'));
      await put(stores[1], 'conv-c', message('three'));
      cursor.storedUpTo(3);
      cursor.storedUpTo(2);
      await eventually(() => written.seqs().length === 3, 'activities 2 and 3');
      const four = await put(stores[0], 'conv-c', message('four'));
      cursor.send({ activities: [four], watermark: '4' });
      cursor.send({ activities: [one], watermark: '1' });
      cursor.send({ activities: [{ type: 'typing' }] });
      expect(written.seqs()).toEqual([1, 2, 3, 4]);
      expect(written.frames.at(-1)).toEqual({ activities: [{ type: 'typing' }] });
    });
  });

  describe('LISTEN/NOTIFY between two instances', () => {
    it('tells a stream on one instance about activities stored on the other, and again after its listener was killed', async () => {
      const { logger, lines } = recordingLogger();
      const fanouts = pools.map((pool) => new PostgresFanout(pool, () => dedicatedClient(appDatabaseUrl(schema)), logger, 50));
      const hubs = fanouts.map((fanout) => new StreamHub(fanout));
      await Promise.all(fanouts.map((fanout, index) => fanout.listen(hubs[index])));
      try {
        await stores[0].create('conv-n');
        const heard: number[] = [];
        const subscriber: Subscriber = { send: () => undefined, storedUpTo: (watermark) => void heard.push(watermark) };
        hubs[0].subscribe('conv-n', subscriber);

        const stored = await put(stores[1], 'conv-n', message('from B'));
        hubs[1].publish('conv-n', { activities: [stored], watermark: '1' });
        await eventually(() => heard.includes(1), 'the announcement of activity 1');
        // Typing is not stored, so it is not announced.
        hubs[1].publish('conv-n', { activities: [{ type: 'typing' }] });

        await terminateConnections(schema);
        // Reconnected: the stream is asked to check the store, since announcements may have been missed meanwhile.
        await eventually(() => heard.includes(Number.MAX_SAFE_INTEGER), 'a resync after reconnecting');
        expect(lines.some((line) => line.event === 'directline.listener.reconnected')).toBe(true);
        const again = await put(stores[1], 'conv-n', message('after the kill'));
        hubs[1].publish('conv-n', { activities: [again], watermark: '2' });
        await eventually(() => heard.includes(2), 'the announcement of activity 2');
        expect(heard.filter((watermark) => watermark !== Number.MAX_SAFE_INTEGER)).toEqual([1, 2]);
      } finally {
        await Promise.all(fanouts.map((fanout) => fanout.close()));
      }
    });
  });
});
