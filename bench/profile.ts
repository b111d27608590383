import path from 'node:path';
import { profileTable, profileTurns } from './profileRun';
import { buildServers, ROOT } from './servers';

/**
 * Profiles one Bounce Back turn under load and prints the top of the profile, without the other figures:
 * npx tsx bench/profile.ts [users=32] [seconds=15]
 */
async function main(): Promise<void> {
  const users = Number(process.argv[2] ?? 32);
  const seconds = Number(process.argv[3] ?? 15);
  buildServers();
  const runDir = path.join(ROOT, 'bench/out', `profile-${Date.now()}`);
  const result = await profileTurns(`sqlite:${path.join(runDir, 'profile.db')}`, runDir, users, seconds, 3);
  process.stdout.write(`${result.turnsPerSecond.toFixed(0)} turns/s while profiled; ${path.relative(ROOT, result.file)}\n${profileTable(result)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
