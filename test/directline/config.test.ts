import { ConfigError, loadConfig } from '../../src/config/config';

describe('Direct Line settings', () => {
  it('default to the embedded endpoint with 30-minute tokens', () => {
    expect(loadConfig({}).directLine).toEqual({
      secret: undefined,
      endpoint: 'https://directline.botframework.com/v3/directline',
      tokenSecret: undefined,
      tokenTtlSeconds: 1800,
      tokenMaxAgeSeconds: 24 * 3600,
      trustProxy: false,
      streamPingSeconds: 30,
    });
  });

  it('read the Azure secret, a trimmed endpoint, a token key and a TTL', () => {
    const settings = loadConfig({
      DIRECT_LINE_SECRET: 'abc',
      DIRECT_LINE_ENDPOINT: 'http://127.0.0.1:9999/v3/directline/',
      DIRECT_LINE_TOKEN_SECRET: 'x'.repeat(32),
      DIRECT_LINE_TOKEN_TTL_SECONDS: '600',
      DIRECT_LINE_TOKEN_MAX_AGE_HOURS: '2',
      TRUST_PROXY: 'true',
      STREAM_PING_SECONDS: '5',
    }).directLine;
    expect(settings).toEqual({ secret: 'abc', endpoint: 'http://127.0.0.1:9999/v3/directline', tokenSecret: 'x'.repeat(32), tokenTtlSeconds: 600, tokenMaxAgeSeconds: 7200, trustProxy: true, streamPingSeconds: 5 });
  });

  it.each([
    ['DIRECT_LINE_ENDPOINT', 'directline.botframework.com'],
    ['DIRECT_LINE_ENDPOINT', 'ftp://example.org/v3/directline'],
    ['DIRECT_LINE_TOKEN_SECRET', 'too-short'],
    ['DIRECT_LINE_TOKEN_TTL_SECONDS', '10'],
    ['DIRECT_LINE_TOKEN_TTL_SECONDS', 'half an hour'],
    ['DIRECT_LINE_TOKEN_MAX_AGE_HOURS', '0'],
    ['TRUST_PROXY', 'yes'],
    ['STREAM_PING_SECONDS', '0'],
    ['OUTBOUND_TIMEOUT_SECONDS', 'never'],
    ['REQUEST_BODY_TIMEOUT_SECONDS', '1000'],
  ])('refuse a bad %s, naming it', (variable, value) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(variable);
  });
});
