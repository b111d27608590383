import path from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotAuthConfig {
  appId?: string;
  appPassword?: string;
  appType: AppType;
  tenantId?: string;
}

export interface Config {
  port: number;
  databaseUrl: string;
  logLevel: LogLevel;
  stateTtlDays: number;
  bot: BotAuthConfig;
  directLine: DirectLineConfig;
}

// --- Web chat and Direct Line (issue 5) ---
export interface DirectLineConfig {
  /** Set: the page talks to Azure's Direct Line, with tokens exchanged server-side. Unset: our embedded endpoint. */
  secret?: string;
  /** Azure's Direct Line base URL; configurable so tests can point it at a local fake. */
  endpoint: string;
  /** HMAC key for our own tokens; unset: one is generated and kept in the data directory. */
  tokenSecret?: string;
  tokenTtlSeconds: number;
}

function directLine(env: Env): DirectLineConfig {
  const endpoint = (text(env, 'DIRECT_LINE_ENDPOINT') ?? 'https://directline.botframework.com/v3/directline').replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(endpoint)) throw new ConfigError('DIRECT_LINE_ENDPOINT', 'must be an http(s) URL');
  const tokenSecret = text(env, 'DIRECT_LINE_TOKEN_SECRET');
  if (tokenSecret !== undefined && tokenSecret.length < 32) throw new ConfigError('DIRECT_LINE_TOKEN_SECRET', 'must be at least 32 characters');
  return {
    secret: text(env, 'DIRECT_LINE_SECRET'),
    endpoint,
    tokenSecret,
    tokenTtlSeconds: integer(env, 'DIRECT_LINE_TOKEN_TTL_SECONDS', 1800, 60, 86400),
  };
}
// --- end web chat ---

/** Thrown for a bad setting; its message is the one line the process prints before it exits. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const APP_TYPES: readonly AppType[] = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const found = allowed.find((option) => option.toLowerCase() === raw.toLowerCase());
  if (!found) throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  return found;
}

export function optionalText(env: Env, name: string): string | undefined {
  return text(env, name);
}

function databaseUrl(env: Env): string {
  const raw = text(env, 'DATABASE_URL') ?? 'sqlite:./data/bounce-back.db';
  if (raw.startsWith('sqlite:') && raw.length > 'sqlite:'.length) return raw;
  if (/^postgres(ql)?:\/\/.+/.test(raw)) return raw;
  throw new ConfigError('DATABASE_URL', 'must be sqlite:PATH or postgres://… (got an unrecognised value)');
}

function botAuth(env: Env): BotAuthConfig {
  const appId = text(env, 'MicrosoftAppId');
  const appType = oneOf(env, 'MicrosoftAppType', APP_TYPES, 'MultiTenant');
  const tenantId = text(env, 'MicrosoftAppTenantId');
  const appPassword = text(env, 'MicrosoftAppPassword');
  if (appId && !GUID.test(appId)) throw new ConfigError('MicrosoftAppId', 'must be a GUID (the bot registration\'s application id)');
  if (tenantId && !GUID.test(tenantId)) throw new ConfigError('MicrosoftAppTenantId', 'must be a GUID (your Microsoft Entra tenant id)');
  if (appId && appType !== 'UserAssignedMSI' && !appPassword) {
    throw new ConfigError('MicrosoftAppPassword', `is required when MicrosoftAppId is set and MicrosoftAppType is ${appType}`);
  }
  if (appId && appType !== 'MultiTenant' && !tenantId) {
    throw new ConfigError('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${appType}`);
  }
  return { appId, appPassword, appType, tenantId };
}

/** Reads and validates every setting; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env): Config {
  return {
    port: integer(env, 'PORT', 3978, 1, 65535),
    databaseUrl: databaseUrl(env),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    stateTtlDays: integer(env, 'STATE_TTL_DAYS', 30, 1, 3650),
    bot: botAuth(env),
    directLine: directLine(env),
  };
}

/** The folder beside the SQLite file, where files the server generates (such as secrets) are kept. */
export function dataDirectory(config: Config): string {
  return config.databaseUrl.startsWith('sqlite:')
    ? path.dirname(path.resolve(config.databaseUrl.slice('sqlite:'.length)))
    : path.resolve('data');
}
