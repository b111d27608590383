import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';

const root = path.resolve(__dirname, '..', '..');

// Runs the real command in an empty directory, so no .env is picked up.
function runPackageTeams(env: Record<string, string>) {
  const cwd = mkdtempSync(path.join(tmpdir(), 'teams-cli-'));
  const inherited = { ...process.env };
  delete inherited.MicrosoftAppId;
  delete inherited.TEAMS_APP_ID;
  try {
    return spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'package-teams.ts')], {
      cwd,
      env: { ...inherited, ...env },
      encoding: 'utf8',
    });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

describe('npm run package:teams', () => {
  it.each([
    [{}, /^MicrosoftAppId is not set/],
    [{ MicrosoftAppId: 'my-bot' }, /^MicrosoftAppId must be a GUID/],
  ])('with %j exits 1 with one clear line', (env, message) => {
    const result = runPackageTeams(env);
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
