import http from 'node:http';
import { CONVERSATION_SCRIPT, messageActivity, startingStep } from './traffic';

const REQUEST_TIMEOUT_MS = 10_000;

/** One turn a virtual user is to send next. */
export interface Turn { conversationId: string; text: string }

/** Decides each user's next turn; undefined means that user is done. */
export type Plan = (user: number) => Turn | undefined;

/** Each user keeps one conversation and walks the script in a loop until the time is up. */
export function timedPlan(prefix: string, durationMs: number, now: () => number = Date.now): Plan {
  const end = now() + durationMs;
  const sent = new Map<number, number>();
  return (user) => {
    if (now() >= end) return undefined;
    const count = sent.get(user) ?? 0;
    sent.set(user, count + 1);
    return { conversationId: `${prefix}-u${user}`, text: CONVERSATION_SCRIPT[(startingStep(user) + count) % CONVERSATION_SCRIPT.length] };
  };
}

/** `conversations` new conversations of the script's first `turnsEach` turns, shared out among the users. */
export function conversationsPlan(prefix: string, conversations: number, turnsEach: number): Plan {
  let next = 0;
  const current = new Map<number, { id: number; turn: number }>();
  return (user) => {
    let mine = current.get(user);
    if (!mine || mine.turn >= turnsEach) {
      if (next >= conversations) return undefined;
      mine = { id: next, turn: 0 };
      next += 1;
      current.set(user, mine);
    }
    mine.turn += 1;
    return { conversationId: `${prefix}-c${mine.id}`, text: CONVERSATION_SCRIPT[mine.turn - 1] };
  };
}

export interface LoadResult {
  turns: number;
  errors: number;
  seconds: number;
  turnsPerSecond: number;
  /** Per-turn latency, request sent to whole reply read, in milliseconds. */
  latenciesMs: number[];
}

function post(agent: http.Agent, url: URL, body: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        let first = '';
        response.on('data', (chunk: Buffer) => {
          if (first.length < 16) first += chunk.toString('latin1', 0, 16);
        });
        response.on('end', () => resolve(response.statusCode === 200 && first.startsWith('{"activities"')));
        response.on('error', () => resolve(false));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve(false));
    request.end(body);
  });
}

/**
 * Closed loop: each virtual user sends its next message only when the reply to the last one has arrived,
 * over a keep-alive connection, until the plan has nothing more for it.
 */
export async function runClosedLoop(baseUrl: string, users: number, plan: Plan): Promise<LoadResult> {
  const url = new URL('/api/messages', baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error('the bench only talks to loopback');
  const agent = new http.Agent({ keepAlive: true, maxSockets: users });
  const latenciesMs: number[] = [];
  let errors = 0;
  const started = process.hrtime.bigint();
  const user = async (index: number): Promise<void> => {
    for (let turn = plan(index); turn; turn = plan(index)) {
      const sent = process.hrtime.bigint();
      const ok = await post(agent, url, messageActivity(turn.conversationId, `${turn.conversationId}-person`, turn.text));
      if (ok) latenciesMs.push(Number(process.hrtime.bigint() - sent) / 1e6);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: users }, (_, index) => user(index)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { turns: latenciesMs.length, errors, seconds, turnsPerSecond: latenciesMs.length / seconds, latenciesMs };
}
