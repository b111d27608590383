import { ConfigError, loadConfig } from '../../src/config/config';

function problemWith(value: string): ConfigError {
  try {
    loadConfig({ EMBED_ORIGINS: value });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected EMBED_ORIGINS=${JSON.stringify(value)} to be refused`);
}

describe('EMBED_ORIGINS', () => {
  it('is empty when unset or blank', () => {
    expect(loadConfig({}).embedOrigins).toEqual([]);
    expect(loadConfig({ EMBED_ORIGINS: '  ' }).embedOrigins).toEqual([]);
  });

  it('reads a comma-separated list of origins, spelt as a browser sends them', () => {
    expect(loadConfig({ EMBED_ORIGINS: 'https://www.example-practice.co.uk, http://localhost:8080 ,HTTPS://Clinic.Example:443/,https://www.example-practice.co.uk,' }).embedOrigins)
      .toEqual(['https://www.example-practice.co.uk', 'http://localhost:8080', 'https://clinic.example']);
  });

  it.each([
    'https://www.example-practice.co.uk/contact',
    'https://www.example-practice.co.uk/?page=1',
    'https://www.example-practice.co.uk#chat',
    'www.example-practice.co.uk',
    'ftp://files.example',
    'https://*.example-practice.co.uk',
    'https://user:pass@example.com',
    "'self'",
    '*',
    'https://ok.example https://two.example',
    'https://ok.example, https:///nothing',
  ])('refuses %j in one line naming EMBED_ORIGINS and the bad item', (value) => {
    const error = problemWith(value);
    expect(error.variable).toBe('EMBED_ORIGINS');
    expect(error.message).toMatch(/^Invalid configuration: EMBED_ORIGINS must be a comma-separated list of http\(s\) origins with no path/);
    expect(error.message).not.toContain('\n');
  });

  it('quotes the item it could not read, even one with a line break in it', () => {
    expect(problemWith('https://ok.example, https://bad.example/path').message).toContain('(got "https://bad.example/path")');
    expect(problemWith('https://ok.example\nhttps://two.example').message).not.toContain('\n');
  });
});
