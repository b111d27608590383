import { ConfigError, loadConfig } from '../../src/config/config';

describe('Direct Line settings', () => {
  it('default to the embedded endpoint with 30-minute tokens', () => {
    expect(loadConfig({}).directLine).toEqual({
      secret: undefined,
      endpoint: 'https://directline.botframework.com/v3/directline',
      tokenSecret: undefined,
      tokenTtlSeconds: 1800,
    });
  });

  it('read the Azure secret, a trimmed endpoint, a token key and a TTL', () => {
    const settings = loadConfig({
      DIRECT_LINE_SECRET: 'abc',
      DIRECT_LINE_ENDPOINT: 'http://127.0.0.1:9999/v3/directline/',
      DIRECT_LINE_TOKEN_SECRET: 'x'.repeat(32),
      DIRECT_LINE_TOKEN_TTL_SECONDS: '600',
    }).directLine;
    expect(settings).toEqual({ secret: 'abc', endpoint: 'http://127.0.0.1:9999/v3/directline', tokenSecret: 'x'.repeat(32), tokenTtlSeconds: 600 });
  });

  it.each([
    ['DIRECT_LINE_ENDPOINT', 'directline.botframework.com'],
    ['DIRECT_LINE_ENDPOINT', 'ftp://example.org/v3/directline'],
    ['DIRECT_LINE_TOKEN_SECRET', 'too-short'],
    ['DIRECT_LINE_TOKEN_TTL_SECONDS', '10'],
    ['DIRECT_LINE_TOKEN_TTL_SECONDS', 'half an hour'],
  ])('refuse a bad %s, naming it', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(variable);
  });
});
