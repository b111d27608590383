import { ConfigError, loadConfig } from '../../src/config/config';

const APP_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const TENANT = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function problemWith(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('loadConfig', () => {
  it('has safe defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3978,
      databaseUrl: 'sqlite:./data/bounce-back.db',
      logLevel: 'info',
      stateTtlDays: 30,
      crisisRegion: 'GB',
      faq: { threshold: 0.55, margin: 0.02 },
      bot: { appId: undefined, appPassword: undefined, appType: 'MultiTenant', tenantId: undefined },
    });
  });

  it('reads good values', () => {
    const config = loadConfig({
      PORT: '8080', DATABASE_URL: 'postgres://u:p@db/bb', LOG_LEVEL: 'DEBUG', STATE_TTL_DAYS: '7',
      MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT,
      CRISIS_REGION: 'us', FAQ_THRESHOLD: '0.6', FAQ_MARGIN: '0',
    });
    expect(config).toMatchObject({
      port: 8080, databaseUrl: 'postgres://u:p@db/bb', logLevel: 'debug', stateTtlDays: 7, crisisRegion: 'US', faq: { threshold: 0.6, margin: 0 },
      bot: { appId: APP_ID, appPassword: 'secret', appType: 'SingleTenant', tenantId: TENANT },
    });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ', LOG_LEVEL: '' }).port).toBe(3978);
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['PORT', { PORT: '0' }],
    ['PORT', { PORT: '80.5' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['DATABASE_URL', { DATABASE_URL: 'sqlite:' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['STATE_TTL_DAYS', { STATE_TTL_DAYS: '0' }],
    ['STATE_TTL_DAYS', { STATE_TTL_DAYS: 'week' }],
    ['MicrosoftAppId', { MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'secret' }],
    ['MicrosoftAppType', { MicrosoftAppType: 'Everyone' }],
    ['MicrosoftAppTenantId', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' }],
    ['MicrosoftAppTenantId', { MicrosoftAppTenantId: 'contoso' }],
    ['MicrosoftAppPassword', { MicrosoftAppId: APP_ID }],
    ['CRISIS_REGION', { CRISIS_REGION: 'FR' }],
    ['FAQ_THRESHOLD', { FAQ_THRESHOLD: '1.5' }],
    ['FAQ_MARGIN', { FAQ_MARGIN: 'wide' }],
    ['DATABASE_POOL_SIZE', { DATABASE_POOL_SIZE: '0' }],
    ['ADMIN_TOKEN', { ADMIN_TOKEN: 'short' }],
    ['DIRECT_LINE_TOKEN_SECRET', { DIRECT_LINE_TOKEN_SECRET: 'too-short' }],
  ])('refuses a bad %s in one line naming it: %j', (variable, env) => {
    const error = problemWith(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).not.toContain('\n');
  });

  it('never echoes a secret in its message', () => {
    expect(problemWith({ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'hunter2-secret' }).message).not.toContain('hunter2');
  });

  it('lets a managed identity go without a password', () => {
    expect(loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }).bot.appType).toBe('UserAssignedMSI');
  });
});
