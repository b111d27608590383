// npm run package:teams — fills appPackage/manifest.json from the environment (and .env), checks it
// offline against the bundled Teams schema, and zips it with its two icons for upload to Teams.
import { promises as fs } from 'fs';
import path from 'path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import { config } from 'dotenv';
import JSZip from 'jszip';
import {
  TEAMS_SCHEMA_VERSION,
  TeamsPackageError,
  fillManifestTemplate,
  formatSchemaErrors,
  placeholderValuesFromEnv,
  type Environment,
} from '../src/teams/manifest';

export const APP_PACKAGE_DIR = path.resolve(__dirname, '..', 'appPackage');
export const ZIP_NAME = 'bounce-back-teams.zip';

/** The schema file shipped inside @microsoft/app-manifest, so validation never touches the network. */
export function bundledTeamsSchemaPath(version: string = TEAMS_SCHEMA_VERSION): string {
  const packageBuildDir = path.dirname(require.resolve('@microsoft/app-manifest'));
  return path.join(packageBuildDir, 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
}

/** The schema validator's messages for this manifest; empty when it is valid. */
export async function validateTeamsManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = JSON.parse(await fs.readFile(bundledTeamsSchemaPath(), 'utf8'));
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as AppManifest, schema);
}

export interface PackageOptions {
  env: Environment;
  appPackageDir?: string;
  outFile?: string;
}

/** Builds the Teams app zip (manifest.json and its two icons at the root) and returns its path. */
export async function packageTeamsApp({
  env,
  appPackageDir = APP_PACKAGE_DIR,
  outFile = path.join(appPackageDir, 'build', ZIP_NAME),
}: PackageOptions): Promise<string> {
  const values = placeholderValuesFromEnv(env);
  const template = await fs.readFile(path.join(appPackageDir, 'manifest.json'), 'utf8');
  const manifest = fillManifestTemplate(template, values);
  const errors = await validateTeamsManifest(manifest);
  if (errors.length > 0) throw new TeamsPackageError(formatSchemaErrors(errors));

  const icons = manifest.icons as { color: string; outline: string };
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of [icons.color, icons.outline]) {
    zip.file(icon, await fs.readFile(path.join(appPackageDir, icon)));
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await fs.mkdir(path.dirname(outFile), { recursive: true });
  await fs.writeFile(outFile, bytes);
  return outFile;
}

async function main(): Promise<void> {
  config({ quiet: true });
  const outFile = await packageTeamsApp({ env: process.env });
  console.log(`Wrote ${path.relative(process.cwd(), outFile)}: upload it in Teams (Apps → Manage your apps → Upload an app).`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (!(error instanceof TeamsPackageError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  });
}
