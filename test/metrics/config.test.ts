import { ConfigError, loadConfig } from '../../src/config/config';

describe('METRICS_TOKEN', () => {
  it('is unset by default, and blank counts as unset', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: '  ' }).metricsToken).toBeUndefined();
  });

  it('is read trimmed', () => {
    expect(loadConfig({ METRICS_TOKEN: ' metrics-token-0123456789 ' }).metricsToken).toBe('metrics-token-0123456789');
  });

  it('stops start-up in one line naming it when shorter than 16 characters, without echoing it', () => {
    let error: unknown;
    try {
      loadConfig({ METRICS_TOKEN: 'short-token' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('METRICS_TOKEN');
    expect((error as ConfigError).message).toBe('Invalid configuration: METRICS_TOKEN must be at least 16 characters long');
  });
});
