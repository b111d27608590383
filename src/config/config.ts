import path from 'node:path';
import { DEFAULT_FAQ_OPTIONS } from '../faq/matcher';
import type { FaqOptions } from '../faq/types';
import { DEFAULT_REGION, type Region } from '../safety/helplines';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type AppType = 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';

export interface BotAuthConfig {
  appId?: string;
  appPassword?: string;
  appType: AppType;
  tenantId?: string;
  /** BotOpenIdMetadata: where the keys that sign Teams' requests are published; unset, Microsoft's public cloud. For tests. */
  openIdMetadataUrl?: string;
}

export interface Config {
  port: number;
  databaseUrl: string;
  logLevel: LogLevel;
  stateTtlDays: number;
  /** Helplines shown when the person's locale does not say where they are. */
  crisisRegion: Region;
  /** FAQ confidence threshold and the margin under which two close matches get "Did you mean…?". */
  faq: FaqOptions;
  bot: BotAuthConfig;
  /** PostgreSQL connections per process (ignored for SQLite). */
  databasePoolSize: number;
  /** How long start-up waits for an unreachable database before exiting. */
  dbStartupTimeoutSeconds: number;
  handoff: HandoffConfig;
  directLine: DirectLineConfig;
  /** Every call to another host (a channel's serviceUrl, the staff webhook and mail server, Azure's token service) gives up after this. */
  outboundTimeoutSeconds: number;
  /** A request body that has not arrived whole by then gets 408 and its connection closed. */
  requestBodyTimeoutSeconds: number;
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
  /** No chain of refreshed tokens lives longer than this; then the page starts a new conversation. */
  tokenMaxAgeSeconds: number;
  /** Behind our own proxy: per-client limits count the address it forwards (the last X-Forwarded-For entry). */
  trustProxy: boolean;
  /** How often open streams are pinged; one that has not answered the last ping is closed. */
  streamPingSeconds: number;
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
    tokenMaxAgeSeconds: integer(env, 'DIRECT_LINE_TOKEN_MAX_AGE_HOURS', 24, 1, 720) * 3600,
    trustProxy: flag(env, 'TRUST_PROXY'),
    streamPingSeconds: integer(env, 'STREAM_PING_SECONDS', 30, 1, 600),
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
const REGIONS: readonly Region[] = ['GB', 'US', 'IE'];
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

export function fraction(env: Env, name: string, fallback: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^(0(\.\d+)?|1(\.0+)?)$/.test(raw)) throw new ConfigError(name, `must be a number from 0 to 1 (got "${raw}")`);
  return Number(raw);
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const found = allowed.find((option) => option.toLowerCase() === raw.toLowerCase());
  if (!found) throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  return found;
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
  return { appId, appPassword, appType, tenantId, openIdMetadataUrl: url(env, 'BotOpenIdMetadata', ['http://', 'https://']) };
}

/** Reads and validates every setting; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env): Config {
  return {
    port: integer(env, 'PORT', 3978, 1, 65535),
    databaseUrl: databaseUrl(env),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    stateTtlDays: integer(env, 'STATE_TTL_DAYS', 30, 1, 3650),
    crisisRegion: oneOf(env, 'CRISIS_REGION', REGIONS, DEFAULT_REGION),
    faq: {
      threshold: fraction(env, 'FAQ_THRESHOLD', DEFAULT_FAQ_OPTIONS.threshold),
      margin: fraction(env, 'FAQ_MARGIN', DEFAULT_FAQ_OPTIONS.margin),
    },
    bot: botAuth(env),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 100),
    dbStartupTimeoutSeconds: integer(env, 'DB_STARTUP_TIMEOUT_SECONDS', 30, 0, 600),
    handoff: handoffConfig(env),
    directLine: directLine(env),
    outboundTimeoutSeconds: integer(env, 'OUTBOUND_TIMEOUT_SECONDS', 10, 1, 120),
    requestBodyTimeoutSeconds: integer(env, 'REQUEST_BODY_TIMEOUT_SECONDS', 10, 1, 120),
  };
}

/** The folder beside the SQLite file, where files the server generates (such as secrets) are kept. */
export function dataDirectory(config: Config): string {
  return config.databaseUrl.startsWith('sqlite:')
    ? path.dirname(path.resolve(config.databaseUrl.slice('sqlite:'.length)))
    : path.resolve('data');
}

// ---- Contact a professional, the staff API and people's data ----

export interface HandoffConfig {
  /** Bearer token for the staff API; unset, the staff API answers 404. */
  adminToken?: string;
  /** JSON POST for each contact request (Teams Workflows, Slack, …). */
  staffWebhookUrl?: string;
  /** smtp(s)://… for an e-mail to the staff as well. */
  smtpUrl?: string;
  staffEmailTo?: string;
  staffEmailFrom: string;
  /** Also send the Bot Framework handoff.initiate event, for an agent hub. */
  handoffEvent: boolean;
  contactRetentionDays: number;
  outboxIntervalSeconds: number;
}

function flag(env: Env, name: string): boolean {
  return oneOf(env, name, ['true', 'false'], 'false') === 'true';
}

function url(env: Env, name: string, schemes: string[]): string | undefined {
  const raw = text(env, name);
  if (raw !== undefined && !schemes.some((scheme) => raw.startsWith(scheme))) throw new ConfigError(name, `must start with ${schemes.join(' or ')}`);
  return raw;
}

function handoffConfig(env: Env): HandoffConfig {
  const adminToken = text(env, 'ADMIN_TOKEN');
  if (adminToken !== undefined && adminToken.length < 16) throw new ConfigError('ADMIN_TOKEN', 'must be at least 16 characters long');
  const smtpUrl = url(env, 'SMTP_URL', ['smtp://', 'smtps://']);
  const staffEmailTo = text(env, 'STAFF_EMAIL_TO');
  if (smtpUrl && !staffEmailTo) throw new ConfigError('STAFF_EMAIL_TO', 'is required when SMTP_URL is set');
  return {
    adminToken,
    staffWebhookUrl: url(env, 'STAFF_WEBHOOK_URL', ['http://', 'https://']),
    smtpUrl,
    staffEmailTo,
    staffEmailFrom: text(env, 'STAFF_EMAIL_FROM') ?? 'Bounce Back <bounce-back@localhost>',
    handoffEvent: flag(env, 'HANDOFF_EVENT'),
    contactRetentionDays: integer(env, 'CONTACT_RETENTION_DAYS', 90, 1, 3650),
    outboxIntervalSeconds: integer(env, 'OUTBOX_INTERVAL_SECONDS', 15, 1, 3600),
  };
}
