import path from 'node:path';
import { ownerComparison, profileTurns, topTable } from './profileRun';
import { buildServers, ROOT } from './servers';

/**
 * Profiles Bounce Back and the echo bot under the same load and prints the top of the profile, without the
 * other figures: npx tsx bench/profile.ts [users=32] [seconds=15]
 */
async function main(): Promise<void> {
  const users = Number(process.argv[2] ?? 32);
  const seconds = Number(process.argv[3] ?? 15);
  buildServers();
  const outDir = path.join(ROOT, 'bench/out', `profile-${Date.now()}`);
  const options = { outDir, users, seconds, warmupSeconds: 3 };
  const ours = await profileTurns('targetServer', { ...options, env: { DATABASE_URL: `sqlite:${path.join(outDir, 'profile.db')}` } });
  const echo = await profileTurns('echoBot', options);
  process.stdout.write(`${ours.turnsPerSecond.toFixed(0)} turns/s while profiled; ${path.relative(ROOT, ours.file)}\n${topTable(ours, 25)}\n\n${ownerComparison(ours, echo, 30)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
