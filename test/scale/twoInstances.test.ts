import { choiceLabel, words } from '../../src/content/copy';
import type { ConversationRecord } from '../../src/conversation/engine';
import type { PostgresDb } from '../../src/storage/postgresDb';
import { StateStore } from '../../src/storage/stateStore';
import { allText } from '../helpers/activities';
import { sayOverHttp } from '../helpers/http';
import { createTestSchema, describePostgres, type TestSchema } from '../helpers/postgres';
import { ANSWERS, TYPED_TURNS } from '../helpers/reframeScript';
import { handoffThroughApp } from '../handoff/appClient';
import { Chat } from './directLineChat';
import { ADMIN_TOKEN, anonymous, CONCURRENT_TEXTS, startInstances, type Instances } from './support';

// Two separate server processes (src/index.ts through tsx) on one PostgreSQL schema: nothing is shared but the database.
describePostgres('two instances on one PostgreSQL', () => {
  let schema: TestSchema;
  let db: PostgresDb;
  let instances: Instances;
  let a: string;
  let b: string;

  beforeAll(async () => {
    schema = await createTestSchema();
    instances = await startInstances(schema, 2);
    [a, b] = instances.urls;
    db = schema.connect({ poolSize: 2 });
  }, 60_000);

  afterAll(async () => {
    await instances?.stop();
    await schema?.dispose();
  });

  it('runs a guided reframe whose turns alternate between the instances', async () => {
    const conversation = 'scale-reframe';
    const turns = ['hi', choiceLabel('reframe.start'), ...TYPED_TURNS];
    let last = '';
    for (const [index, text] of turns.entries()) {
      const reply = await sayOverHttp(index % 2 === 0 ? a : b, conversation, text);
      expect(reply.status).toBe(200);
      last = allText(reply.activities);
    }
    expect(last).toContain(words('summary.title'));
    expect(last).toContain(ANSWERS.what);
    expect(last).toContain(ANSWERS.balanced);
    expect(last).toContain(ANSWERS.goal);
  });

  it('lists a contact request made on one instance in the other’s staff API', async () => {
    const reference = await handoffThroughApp(a, 'scale-handoff', { name: 'Priya Okafor', contact: 'priya@example.com', time: 'evenings', note: 'either is fine' });
    const response = await fetch(`${b}/api/contact-requests`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(response.status).toBe(200);
    const { requests } = (await response.json()) as { requests: Array<{ reference: string; name: string }> };
    expect(requests).toEqual([expect.objectContaining({ reference, name: 'Priya Okafor' })]);
  });

  it('delivers a reply produced on B to a Web Chat stream open on A', async () => {
    const chat = await Chat.start(a);
    expect((await chat.post('help', b)).status).toBe(200);
    await chat.waitFor((activity) => activity.from.role === 'bot' && (activity.text ?? '').includes(words('help.canDo')), 'the help reply made on B');
    chat.close();

    // Each stored activity once, in order: the welcome, the person's message, then B's replies.
    chat.expectInOrder();
    const mine = chat.seen.findIndex((activity) => activity.from.role === 'user');
    expect(chat.seen[mine]).toMatchObject({ text: 'help' });
    expect(chat.seen.slice(0, mine).map((activity) => activity.text)).toContain(words('welcome.greeting'));
    expect(chat.seen.slice(mine + 1).every((activity) => activity.from.role === 'bot')).toBe(true);
  });

  it('applies 20 simultaneous turns of one conversation, spread over both instances, each exactly once', async () => {
    const texts = CONCURRENT_TEXTS;
    const open = async (conversation: string): Promise<void> => {
      for (const text of ['hi', choiceLabel('reframe.start')]) expect((await sayOverHttp(a, conversation, text)).status).toBe(200);
    };

    // What one-at-a-time looks like: the replies of the same kind of turns sent in sequence.
    await open('scale-serial');
    const serial: string[] = [];
    for (const text of texts) serial.push(anonymous(allText((await sayOverHttp(a, 'scale-serial', text)).activities)));

    await open('scale-concurrent');
    const replies = await Promise.all(texts.map((text, index) => sayOverHttp(index % 2 === 0 ? a : b, 'scale-concurrent', text)));
    expect(replies.map((reply) => reply.status)).toEqual(texts.map(() => 200));
    const concurrent = replies.map((reply) => anonymous(allText(reply.activities)));

    // Every turn got its own reply, and together they are exactly the replies of the 20 turns applied one after another:
    // a lost update would repeat a step's reply, a turn applied twice would skip one.
    expect([...concurrent].sort()).toEqual([...serial].sort());
    const summaries = replies.filter((reply) => allText(reply.activities).includes(words('summary.title')));
    expect(summaries).toHaveLength(1);
    // The turn that answered "what happened" (its reply is the serial run's first) is the one the summary quotes.
    const first = texts[concurrent.indexOf(serial[0])];
    expect(allText(summaries[0].activities)).toContain(first);

    // The stored state is where 20 turns lead: the finished reframe's answers cleared, and the turns after it, none a
    // time, asked again at the offer of a check-in on the goal.
    const stored = await new StateStore(db).load<ConversationRecord>('directline/scale-concurrent');
    expect(stored?.doc.s).toMatchObject({ value: 'goalCheck', children: { goalCheck: { snapshot: { value: 'offer' } } } });
    expect(stored?.doc.s).not.toHaveProperty('children.reframe');
  });
});
