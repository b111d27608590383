import { loadConfig } from '../../src/config/config';

const APP_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function messageFor(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('the line a bad setting prints', () => {
  it.each<[Record<string, string>, string]>([
    [{ PORT: ' abc ' }, 'PORT must be a whole number from 1 to 65535 (got "abc")'],
    [{ DB_STARTUP_TIMEOUT_SECONDS: '601' }, 'DB_STARTUP_TIMEOUT_SECONDS must be a whole number from 0 to 600 (got "601")'],
    [{ DATABASE_URL: 'mysql://u:hunter2@db' }, 'DATABASE_URL must be sqlite:PATH or postgres://… (got an unrecognised value)'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")'],
    [{ CRISIS_REGION: 'FR' }, 'CRISIS_REGION must be one of GB, US, IE (got "FR")'],
    [{ FAQ_MARGIN: 'wide' }, 'FAQ_MARGIN must be a number from 0 to 1 (got "wide")'],
    [{ MicrosoftAppId: 'my-bot' }, "MicrosoftAppId must be a GUID (the bot registration's application id)"],
    [{ MicrosoftAppTenantId: 'contoso' }, 'MicrosoftAppTenantId must be a GUID (your Microsoft Entra tenant id)'],
    [{ MicrosoftAppId: APP_ID }, 'MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is MultiTenant'],
    [
      { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's', MicrosoftAppType: 'usERassignedMSI' },
      'MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI',
    ],
    [{ BotOpenIdMetadata: 'keys.example.com' }, 'BotOpenIdMetadata must start with http:// or https://'],
    [{ SMTP_URL: 'mail.example.com' }, 'SMTP_URL must start with smtp:// or smtps://'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY must be one of true, false (got "yes")'],
    [{ DIRECT_LINE_ENDPOINT: 'http:///v3' }, 'DIRECT_LINE_ENDPOINT must be an http(s) URL'],
    [{ DIRECT_LINE_TOKEN_SECRET: 'x'.repeat(31) }, 'DIRECT_LINE_TOKEN_SECRET must be at least 32 characters'],
    [{ GOAL_CHECK_INTERVAL_SECONDS: 'hourly' }, 'GOAL_CHECK_INTERVAL_SECONDS must be a whole number from 1 to 3600 (got "hourly")'],
  ])('%j: %s', (env, line) => {
    expect(messageFor(env)).toBe(`Invalid configuration: ${line}`);
  });
});

describe('with several bad settings', () => {
  it.each<[Record<string, string>, string]>([
    [{ OUTBOUND_TIMEOUT_SECONDS: 'never', PORT: 'abc' }, 'PORT'],
    [{ DATABASE_POOL_SIZE: '0', MicrosoftAppType: 'Everyone' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'my-bot', MicrosoftAppType: 'Everyone' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppTenantId: 'contoso' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppPassword'],
    // A rule about the bot's credentials comes before BotOpenIdMetadata and everything after the bot.
    [{ MicrosoftAppId: APP_ID, BotOpenIdMetadata: 'keys.example.com' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 's', MicrosoftAppType: 'SingleTenant', BotOpenIdMetadata: 'x' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppId: APP_ID, DATABASE_POOL_SIZE: '0' }, 'MicrosoftAppPassword'],
    // STAFF_EMAIL_TO's rule comes straight after SMTP_URL.
    [{ SMTP_URL: 'smtp://mail.example.com', HANDOFF_EVENT: 'yes' }, 'STAFF_EMAIL_TO'],
    [{ SMTP_URL: 'smtp://mail.example.com', STAFF_WEBHOOK_URL: 'hooks.example.com' }, 'STAFF_EMAIL_TO'],
    [{ SMTP_URL: 'smtp://mail.example.com', ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
    [{ DIRECT_LINE_ENDPOINT: 'x', HANDOFF_EVENT: 'x' }, 'HANDOFF_EVENT'],
    [{ REQUEST_BODY_TIMEOUT_SECONDS: '0', STREAM_PING_SECONDS: '0' }, 'STREAM_PING_SECONDS'],
  ])('%j names the first: %s', (env, variable) => {
    expect(messageFor(env)).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
  });
});

describe('values', () => {
  it('are trimmed, matched case-insensitively and spelt as documented', () => {
    const config = loadConfig({
      PORT: ' 007 ', FAQ_THRESHOLD: '1.0', MicrosoftAppType: 'userassignedmsi', MicrosoftAppId: APP_ID.toUpperCase(),
      MicrosoftAppTenantId: APP_ID, DATABASE_URL: 'postgresql://db/bb', TRUST_PROXY: 'True', DIRECT_LINE_ENDPOINT: 'https://dl.example//',
    });
    expect(config).toMatchObject({
      port: 7, faq: { threshold: 1 }, databaseUrl: 'postgresql://db/bb',
      bot: { appType: 'UserAssignedMSI', appId: APP_ID.toUpperCase(), appPassword: undefined },
      directLine: { trustProxy: true, endpoint: 'https://dl.example' },
    });
    expect(loadConfig({}).goalCheckIntervalSeconds).toBe(30);
  });
});
