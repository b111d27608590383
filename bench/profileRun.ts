import fs from 'node:fs';
import path from 'node:path';
import { ownerRows, readProfile, selfTimes, topRows } from './cpuProfile';
import { runClosedLoop, timedPlan } from './loadGenerator';
import { table } from './markdown';
import { ROOT, startServer } from './servers';
import { warmUp } from './turnFigures';

export interface ProfileResult { file: string; rows: string[][]; owners: string[][]; turnsPerSecond: number }

/** Profiles Bounce Back's CPU while `users` users talk to it (after a warm-up), and reads the top of the profile. */
export async function profileTurns(databaseUrl: string, outDir: string, users: number, seconds: number, warmupSeconds: number): Promise<ProfileResult> {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `turn-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  const server = await startServer('profiled', 'targetServer', { env: { DATABASE_URL: databaseUrl, BENCH_CPU_PROFILE: file } });
  let turnsPerSecond: number;
  try {
    await warmUp([server], warmupSeconds);
    server.signal('SIGUSR2');
    turnsPerSecond = (await runClosedLoop(server.url, users, timedPlan(`profile-${process.pid}`, seconds * 1000))).turnsPerSecond;
  } finally {
    await server.stop();
  }
  if (!fs.existsSync(file)) throw new Error('the profiled server wrote no profile');
  const times = selfTimes(readProfile(file), ROOT);
  return { file, rows: topRows(times, 15), owners: ownerRows(times, 12), turnsPerSecond };
}

/** The top functions by self time, then the same time summed by who owns the code. */
export function profileTable(result: ProfileResult): string {
  return [
    table(['function', 'where', 'self ms', 'share of busy'], result.rows),
    table(['owner', 'self ms', 'share of busy'], result.owners),
  ].join('\n\n');
}
