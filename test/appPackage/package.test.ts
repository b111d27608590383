import './strip-bom-shim';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import JSZip from 'jszip';
import { TeamsPackageError } from '../../src/teams/manifest';
import { APP_PACKAGE_DIR, packageTeamsApp } from '../../scripts/package-teams';

const TEST_BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('packageTeamsApp', () => {
  let workDir: string;
  beforeEach(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'teams-package-'));
  });
  afterEach(() => rmSync(workDir, { recursive: true, force: true }));

  it('writes a zip holding exactly manifest.json, color.png and outline.png at its root', async () => {
    const outFile = await packageTeamsApp({ env: { MicrosoftAppId: TEST_BOT_ID }, outFile: path.join(workDir, 'app.zip') });
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.bots[0].botId).toBe(TEST_BOT_ID);
    expect(manifest.manifestVersion).toBe('1.22');
    for (const icon of ['color.png', 'outline.png']) {
      const packed = await zip.file(icon)!.async('nodebuffer');
      expect(packed.equals(readFileSync(path.join(APP_PACKAGE_DIR, icon)))).toBe(true);
    }
  });

  it('stops on a manifest error with the schema’s message and writes nothing', async () => {
    const appDir = path.join(workDir, 'appPackage');
    mkdirSync(appDir);
    for (const icon of ['color.png', 'outline.png']) copyFileSync(path.join(APP_PACKAGE_DIR, icon), path.join(appDir, icon));
    const broken = JSON.parse(readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'));
    broken.bots[0].supportsFiles = 'no';
    writeFileSync(path.join(appDir, 'manifest.json'), JSON.stringify(broken));
    const outFile = path.join(workDir, 'app.zip');

    const attempt = packageTeamsApp({ env: { MicrosoftAppId: TEST_BOT_ID }, appPackageDir: appDir, outFile });
    await expect(attempt).rejects.toThrow(TeamsPackageError);
    await expect(attempt).rejects.toThrow('/bots/0/supportsFiles must be boolean');
    expect(existsSync(outFile)).toBe(false);
  });

  it('refuses to package without a valid MicrosoftAppId', async () => {
    const outFile = path.join(workDir, 'app.zip');
    await expect(packageTeamsApp({ env: { MicrosoftAppId: 'abc' }, outFile })).rejects.toThrow(/^MicrosoftAppId must be a GUID/);
    expect(existsSync(outFile)).toBe(false);
  });
});
