import fs from 'node:fs';
import path from 'node:path';
import { ownerTotals, readProfile, selfTimes, topRows, type SelfTime } from './cpuProfile';
import { runClosedLoop, timedPlan } from './loadGenerator';
import { table } from './markdown';
import { ROOT, startServer, type ServerEntry } from './servers';
import { formatNumber } from './stats';
import { warmUp } from './turnFigures';

export interface ProfileResult { file: string; times: SelfTime[]; turns: number; turnsPerSecond: number }

export interface ProfileOptions { outDir: string; users: number; seconds: number; warmupSeconds: number; env?: Record<string, string> }

/** Profiles a server's CPU while `users` users talk to it (after a warm-up), and reads the profile's self times. */
export async function profileTurns(entry: ServerEntry, options: ProfileOptions): Promise<ProfileResult> {
  fs.mkdirSync(options.outDir, { recursive: true });
  const file = path.join(options.outDir, `${entry}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  const server = await startServer(`profiled-${entry}`, entry, { env: { ...options.env, BENCH_CPU_PROFILE: file } });
  let load: { turns: number; turnsPerSecond: number };
  try {
    await warmUp([server], options.warmupSeconds);
    server.signal('SIGUSR2');
    load = await runClosedLoop(server.url, options.users, timedPlan(`profile-${entry}-${process.pid}`, options.seconds * 1000));
  } finally {
    await server.stop();
  }
  if (!fs.existsSync(file)) throw new Error(`the profiled ${entry} wrote no profile`);
  return { file, times: selfTimes(readProfile(file), ROOT), turns: load.turns, turnsPerSecond: load.turnsPerSecond };
}

/** The top functions of one profile by self time. */
export function topTable(result: ProfileResult, count = 15): string {
  return table(['function', 'where', 'self ms', 'share of busy'], topRows(result.times, count));
}

/** CPU per turn by owner, ours beside the ceiling's: what our turn costs on top of the stack's. */
export function ownerComparison(ours: ProfileResult, ceiling: ProfileResult, count = 14): string {
  const perTurn = (result: ProfileResult): Map<string, number> =>
    new Map([...ownerTotals(result.times)].map(([name, ms]) => [name, (ms * 1000) / result.turns]));
  const [mine, theirs] = [perTurn(ours), perTurn(ceiling)];
  const us = (value: number): string => formatNumber(value);
  const owners = [...new Set([...mine.keys(), ...theirs.keys()])].sort((a, b) => (mine.get(b) ?? 0) - (mine.get(a) ?? 0));
  const total = (map: Map<string, number>): number => [...map.values()].reduce((sum, value) => sum + value, 0);
  const rows = owners.slice(0, count).map((name) => [name, us(mine.get(name) ?? 0), us(theirs.get(name) ?? 0), us((mine.get(name) ?? 0) - (theirs.get(name) ?? 0))]);
  rows.push(['all', us(total(mine)), us(total(theirs)), us(total(mine) - total(theirs))]);
  return table(['owner', 'ours µs/turn', 'echo µs/turn', 'ours − echo'], rows);
}
