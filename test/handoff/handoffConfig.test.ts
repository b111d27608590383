import { loadConfig } from '../../src/config/config';

describe('handoff settings', () => {
  test('defaults: no staff API, no destinations, no handoff event, 90-day retention', () => {
    expect(loadConfig({}).handoff).toEqual({
      adminToken: undefined, staffWebhookUrl: undefined, smtpUrl: undefined, staffEmailTo: undefined,
      staffEmailFrom: 'Bounce Back <bounce-back@localhost>', handoffEvent: false, contactRetentionDays: 90, outboxIntervalSeconds: 15,
      staffSessionHours: 8,
    });
  });

  test('reads every setting', () => {
    const config = loadConfig({
      ADMIN_TOKEN: 'a-long-enough-admin-token', STAFF_WEBHOOK_URL: 'https://hooks.example.com/x', SMTP_URL: 'smtps://u:p@mail.example.com',
      STAFF_EMAIL_TO: 'team@example.com', HANDOFF_EVENT: 'TRUE', CONTACT_RETENTION_DAYS: '30', OUTBOX_INTERVAL_SECONDS: '5',
    }).handoff;
    expect(config).toMatchObject({ adminToken: 'a-long-enough-admin-token', staffWebhookUrl: 'https://hooks.example.com/x', handoffEvent: true, contactRetentionDays: 30, outboxIntervalSeconds: 5 });
  });

  test.each([
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN must be at least 16 characters long'],
    [{ STAFF_WEBHOOK_URL: 'hooks.example.com' }, 'STAFF_WEBHOOK_URL must start with http:// or https://'],
    [{ SMTP_URL: 'smtp://mail.example.com' }, 'STAFF_EMAIL_TO is required when SMTP_URL is set'],
    [{ HANDOFF_EVENT: 'yes' }, 'HANDOFF_EVENT must be one of true, false'],
    [{ CONTACT_RETENTION_DAYS: '0' }, 'CONTACT_RETENTION_DAYS must be a whole number from 1 to 3650'],
  ])('rejects %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
