// Pure logic for the Teams app package: placeholder values from the environment, filling the
// manifest template, and turning schema errors into one readable message. No I/O here.

export const TEAMS_SCHEMA_VERSION = '1.22';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]+)\}\}/g;

/** Values an operator may set; every one has a placeholder default (example.com is reserved for examples). */
export const PLACEHOLDER_DEFAULTS = {
  APP_VERSION: '1.0.0',
  DEVELOPER_NAME: 'Bounce Back Practice',
  WEBSITE_URL: 'https://example.com',
  PRIVACY_URL: 'https://example.com/privacy',
  TERMS_URL: 'https://example.com/terms',
} as const;

export type PlaceholderValues = Readonly<Record<string, string>>;
export type Environment = Readonly<Record<string, string | undefined>>;

/** An expected failure the packaging command reports as a single message (no stack trace). */
export class TeamsPackageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnfilledPlaceholderError extends TeamsPackageError {
  constructor(readonly names: readonly string[]) {
    super(
      `manifest.json still has placeholders: ${names.map((name) => `\${{${name}}}`).join(', ')}. ` +
        'Give each a value (see docs/teams.md).',
    );
  }
}

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

function requireGuid(variable: string, value: string): string {
  if (!isGuid(value)) {
    throw new TeamsPackageError(
      `${variable} must be a GUID like 00000000-0000-0000-0000-000000000000, but it is "${value}".`,
    );
  }
  return value;
}

// validDomains wants a bare host; people often paste the tunnel's full URL, so accept either.
function hostOf(variable: string, value: string): string {
  if (!value.includes('://')) return value;
  try {
    return new URL(value).host;
  } catch {
    throw new TeamsPackageError(`${variable} must be a host name or a URL, but it is "${value}".`);
  }
}

function setting(env: Environment, name: keyof typeof PLACEHOLDER_DEFAULTS): string {
  return env[name]?.trim() || PLACEHOLDER_DEFAULTS[name];
}

/**
 * The manifest's placeholder values from the environment. MicrosoftAppId (the Azure bot's app id) is
 * required; TEAMS_APP_ID defaults to it; BOT_DOMAIN defaults to the host of WEBSITE_URL.
 */
export function placeholderValuesFromEnv(env: Environment): PlaceholderValues {
  const botId = env.MicrosoftAppId?.trim();
  if (!botId) {
    throw new TeamsPackageError(
      'MicrosoftAppId is not set: put your Azure bot’s app id in .env or the environment (see docs/teams.md).',
    );
  }
  const websiteUrl = setting(env, 'WEBSITE_URL');
  return {
    BOT_ID: requireGuid('MicrosoftAppId', botId),
    TEAMS_APP_ID: requireGuid('TEAMS_APP_ID', env.TEAMS_APP_ID?.trim() || botId),
    APP_VERSION: setting(env, 'APP_VERSION'),
    DEVELOPER_NAME: setting(env, 'DEVELOPER_NAME'),
    WEBSITE_URL: websiteUrl,
    PRIVACY_URL: setting(env, 'PRIVACY_URL'),
    TERMS_URL: setting(env, 'TERMS_URL'),
    BOT_DOMAIN: hostOf('BOT_DOMAIN', env.BOT_DOMAIN?.trim() || websiteUrl),
  };
}

/** Names of the ${{NAME}} placeholders left in a text, each once, in order of appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[1]))];
}

/**
 * Fills ${{NAME}} placeholders in the manifest template (JSON text) and parses it. Refuses to return
 * a manifest that still has a placeholder, whether it had no value or a value brought one in.
 */
export function fillManifestTemplate(template: string, values: PlaceholderValues): Record<string, unknown> {
  const filled = template.replace(PLACEHOLDER, (whole, name: string) =>
    // Values land inside JSON strings, so they are escaped as JSON string content.
    Object.hasOwn(values, name) ? JSON.stringify(values[name]).slice(1, -1) : whole,
  );
  const leftover = placeholdersIn(filled);
  if (leftover.length > 0) throw new UnfilledPlaceholderError(leftover);
  return JSON.parse(filled) as Record<string, unknown>;
}

/** One message for a manifest that failed the schema, keeping the schema validator's own wording. */
export function formatSchemaErrors(errors: readonly string[]): string {
  return [
    `manifest.json does not match the Teams ${TEAMS_SCHEMA_VERSION} manifest schema:`,
    ...errors.map((error) => `  ${error.trim()}`),
  ].join('\n');
}
