import './strip-bom-shim';
import { readFileSync } from 'fs';
import path from 'path';
import {
  TeamsPackageError,
  UnfilledPlaceholderError,
  fillManifestTemplate,
  formatSchemaErrors,
  placeholderValuesFromEnv,
  placeholdersIn,
} from '../../src/teams/manifest';
import { bundledTeamsSchemaPath, validateTeamsManifest } from '../../scripts/package-teams';

const TEST_BOT_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const template = readFileSync(path.resolve(__dirname, '..', '..', 'appPackage', 'manifest.json'), 'utf8');
const filledManifest = () => fillManifestTemplate(template, placeholderValuesFromEnv({ MicrosoftAppId: TEST_BOT_ID }));

describe('placeholderValuesFromEnv', () => {
  it('uses MicrosoftAppId for the bot id and, by default, the Teams app id', () => {
    const values = placeholderValuesFromEnv({ MicrosoftAppId: TEST_BOT_ID });
    expect(values.BOT_ID).toBe(TEST_BOT_ID);
    expect(values.TEAMS_APP_ID).toBe(TEST_BOT_ID);
    expect(values.PRIVACY_URL).toBe('https://example.com/privacy');
    expect(values.BOT_DOMAIN).toBe('example.com');
  });

  it('takes the operator’s own values over the defaults', () => {
    const teamsAppId = '0a1b2c3d-0000-4000-8000-00000000abcd';
    const values = placeholderValuesFromEnv({
      MicrosoftAppId: TEST_BOT_ID,
      TEAMS_APP_ID: teamsAppId,
      PRIVACY_URL: 'https://practice.example.org/privacy',
      BOT_DOMAIN: 'https://abc123.uks1.devtunnels.ms/api/messages',
    });
    expect(values.TEAMS_APP_ID).toBe(teamsAppId);
    expect(values.PRIVACY_URL).toBe('https://practice.example.org/privacy');
    expect(values.BOT_DOMAIN).toBe('abc123.uks1.devtunnels.ms');
  });

  it.each([
    [{}, /^MicrosoftAppId is not set/],
    [{ MicrosoftAppId: '  ' }, /^MicrosoftAppId is not set/],
    [{ MicrosoftAppId: 'my-bot' }, /^MicrosoftAppId must be a GUID.*"my-bot"/],
    [{ MicrosoftAppId: TEST_BOT_ID, TEAMS_APP_ID: '1234' }, /^TEAMS_APP_ID must be a GUID/],
  ])('refuses %j with one clear line', (env, message) => {
    const attempt = () => placeholderValuesFromEnv(env);
    expect(attempt).toThrow(TeamsPackageError);
    expect(attempt).toThrow(message);
    expect(() => attempt()).not.toThrow(/\n/);
  });
});

describe('fillManifestTemplate', () => {
  it('fills every placeholder in the real template', () => {
    const manifest = filledManifest();
    expect(manifest.id).toBe(TEST_BOT_ID);
    expect((manifest.bots as Array<{ botId: string }>)[0].botId).toBe(TEST_BOT_ID);
    expect(placeholdersIn(JSON.stringify(manifest))).toEqual([]);
  });

  it('refuses a placeholder that has no value, naming it', () => {
    const attempt = () => fillManifestTemplate('{"id": "${{TEAMS_APP_ID}}", "x": "${{NOT_SET}}"}', { TEAMS_APP_ID: TEST_BOT_ID });
    expect(attempt).toThrow(UnfilledPlaceholderError);
    expect(attempt).toThrow('${{NOT_SET}}');
  });

  it('refuses a placeholder brought in by a value', () => {
    expect(() => fillManifestTemplate('{"a": "${{A}}"}', { A: '${{B}}' })).toThrow(UnfilledPlaceholderError);
  });

  it('keeps the JSON valid when a value has quotes or backslashes', () => {
    const name = 'The "Calm" Practice \\ Leeds';
    expect(fillManifestTemplate('{"name": "${{NAME}}"}', { NAME: name })).toEqual({ name });
  });
});

describe('the manifest against the bundled Teams schema', () => {
  it('checks against the 1.22 schema file from @microsoft/app-manifest', () => {
    const schema = JSON.parse(readFileSync(bundledTeamsSchemaPath(), 'utf8'));
    expect(schema.properties.manifestVersion.const).toBe('1.22');
    expect(template).toContain('"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json"');
  });

  it('accepts the filled manifest', async () => {
    await expect(validateTeamsManifest(filledManifest())).resolves.toEqual([]);
  });

  it('rejects a manifest with an error, in the schema’s own words', async () => {
    const manifest = filledManifest();
    (manifest.bots as Array<{ botId: string }>)[0].botId = 'not-a-guid';
    delete manifest.accentColor;
    const errors = await validateTeamsManifest(manifest);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/bots\/0\/botId must match pattern/),
        expect.stringContaining("must have required property 'accentColor'"),
      ]),
    );
    const message = formatSchemaErrors(errors);
    expect(message.split('\n')[0]).toBe('manifest.json does not match the Teams 1.22 manifest schema:');
    expect(message).toContain('/bots/0/botId must match pattern');
  });

  it('rejects a short description over the 80-character limit', async () => {
    const manifest = filledManifest();
    (manifest.description as { short: string }).short = 'x'.repeat(81);
    const errors = await validateTeamsManifest(manifest);
    expect(errors).toEqual([expect.stringMatching(/^\/description\/short must NOT have more than 80 characters/)]);
  });
});
