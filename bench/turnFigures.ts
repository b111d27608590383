import { runClosedLoop, timedPlan } from './loadGenerator';
import { table } from './markdown';
import { cpuSeconds } from './processCpu';
import type { RunningServer } from './servers';
import { formatNumber, median, quantile, ratio } from './stats';

/** One server's turns at one user count, pooled over the rounds. */
export interface TurnFigures {
  turnsPerSecond: number;
  p50: number;
  p99: number;
  /** Server CPU time per turn: steadier than throughput when the machine is noisy. */
  cpuMsPerTurn: number;
  errors: number;
}

interface Round { turnsPerSecond: number; latenciesMs: number[]; cpu: number; turns: number; errors: number }

let runCounter = 0;

async function round(server: RunningServer, users: number, seconds: number): Promise<Round> {
  runCounter += 1;
  const cpuBefore = cpuSeconds(server.pid);
  const result = await runClosedLoop(server.url, users, timedPlan(`${server.name}-${process.pid}-${runCounter}`, seconds * 1000));
  return { ...result, cpu: cpuSeconds(server.pid) - cpuBefore };
}

function pool(rounds: Round[]): TurnFigures {
  const latencies = rounds.flatMap((each) => each.latenciesMs);
  const turns = rounds.reduce((sum, each) => sum + each.turns, 0);
  return {
    turnsPerSecond: median(rounds.map((each) => each.turnsPerSecond)),
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    cpuMsPerTurn: (rounds.reduce((sum, each) => sum + each.cpu, 0) * 1000) / turns,
    errors: rounds.reduce((sum, each) => sum + each.errors, 0),
  };
}

/** Warms every server up at a middling load, so JIT and caches are not part of the first measurement. */
export async function warmUp(servers: RunningServer[], seconds: number): Promise<void> {
  for (const server of servers) await round(server, 8, seconds);
}

/**
 * Runs the servers interleaved (A, B, A, B… for `rounds` rounds) at each user count, so machine noise
 * falls on all of them alike. Returns figures per user count, in the order of `servers`.
 */
export async function interleavedTurns(servers: RunningServer[], userCounts: number[], rounds: number, seconds: number): Promise<Map<number, TurnFigures[]>> {
  const figures = new Map<number, TurnFigures[]>();
  for (const users of userCounts) {
    const perServer: Round[][] = servers.map(() => []);
    for (let index = 0; index < rounds; index += 1) {
      for (const [position, server] of servers.entries()) perServer[position].push(await round(server, users, seconds));
    }
    figures.set(users, perServer.map(pool));
  }
  return figures;
}

const ms = (value: number): string => formatNumber(value, value < 10 ? 2 : 1);

/** Ours against the ceiling, one row per user count. */
export function comparisonTable(figures: Map<number, TurnFigures[]>, ourName: string, ceilingName: string): string {
  const rows = [...figures.entries()].map(([users, [ours, ceiling]]) => [
    String(users),
    formatNumber(ours.turnsPerSecond), formatNumber(ceiling.turnsPerSecond), ratio(ours.turnsPerSecond, ceiling.turnsPerSecond),
    ms(ours.p50), ms(ceiling.p50), ratio(ours.p50, ceiling.p50),
    ms(ours.p99), ms(ceiling.p99), ratio(ours.p99, ceiling.p99),
    ms(ours.cpuMsPerTurn), ms(ceiling.cpuMsPerTurn),
    String(ours.errors + ceiling.errors),
  ]);
  return table(
    ['users', `${ourName} turns/s`, `${ceilingName} turns/s`, 'ratio', `${ourName} p50 ms`, `${ceilingName} p50 ms`, 'ratio',
      `${ourName} p99 ms`, `${ceilingName} p99 ms`, 'ratio', `${ourName} CPU ms/turn`, `${ceilingName} CPU ms/turn`, 'errors'],
    rows,
  );
}
