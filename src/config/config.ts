import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_FAQ_OPTIONS } from '../faq/matcher';
import type { FaqOptions } from '../faq/types';
import { DEFAULT_REGION, type Region } from '../safety/helplines';
import { flag, fraction, guid, oneOf, setting, startsWith, text, whole } from './settings';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
const REGIONS = ['GB', 'US', 'IE'] as const satisfies readonly Region[];
export type LogLevel = (typeof LOG_LEVELS)[number];
export type AppType = (typeof APP_TYPES)[number];

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
  /** Sites (origins such as https://www.example-practice.co.uk) whose pages may show the chat panel; empty, only our own. */
  embedOrigins: string[];
  /** Bearer token for /metrics besides ADMIN_TOKEN; with neither set, /metrics answers 404. */
  metricsToken?: string;
  /** Keep questions the FAQ could not answer (redacted, 30 days) for the practice; UNANSWERED_QUESTIONS=off keeps none. */
  unansweredQuestions: boolean;
  /** How often due check-ins on a goal are looked for. */
  goalCheckIntervalSeconds: number;
}

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
  /** How long a sign-in on the staff page lasts. */
  staffSessionHours: number;
}

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

/** Thrown for a bad setting; its message is the one line the process prints before it exits. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

const service = z.object({
  PORT: whole(3978, 1, 65535),
  // Not echoed: a database URL can hold a password.
  DATABASE_URL: setting(z.string().regex(/^(sqlite:[\s\S]|postgres(ql)?:\/\/.)/, 'must be sqlite:PATH or postgres://… (got an unrecognised value)')
    .default('sqlite:./data/bounce-back.db')),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'info'),
  STATE_TTL_DAYS: whole(30, 1, 3650),
  CRISIS_REGION: oneOf(REGIONS, DEFAULT_REGION),
  FAQ_THRESHOLD: fraction(DEFAULT_FAQ_OPTIONS.threshold),
  FAQ_MARGIN: fraction(DEFAULT_FAQ_OPTIONS.margin),
}).transform((s) => ({
  port: s.PORT, databaseUrl: s.DATABASE_URL, logLevel: s.LOG_LEVEL, stateTtlDays: s.STATE_TTL_DAYS, crisisRegion: s.CRISIS_REGION,
  faq: { threshold: s.FAQ_THRESHOLD, margin: s.FAQ_MARGIN },
}));

const bot = z.object({
  MicrosoftAppType: oneOf(APP_TYPES, 'MultiTenant'),
  MicrosoftAppId: guid("the bot registration's application id"),
  MicrosoftAppTenantId: guid('your Microsoft Entra tenant id'),
  MicrosoftAppPassword: text,
}).superRefine((s, ctx) => {
  const required = (variable: string, when: string) => ctx.addIssue({ code: 'custom', path: [variable], message: `is required when ${when}` });
  if (s.MicrosoftAppId && s.MicrosoftAppType !== 'UserAssignedMSI' && !s.MicrosoftAppPassword) {
    required('MicrosoftAppPassword', `MicrosoftAppId is set and MicrosoftAppType is ${s.MicrosoftAppType}`);
  } else if (s.MicrosoftAppId && s.MicrosoftAppType !== 'MultiTenant' && !s.MicrosoftAppTenantId) {
    required('MicrosoftAppTenantId', `MicrosoftAppType is ${s.MicrosoftAppType}`);
  }
}).and(z.object({
  BotOpenIdMetadata: startsWith('http://', 'https://'),
})).transform((s) => ({ bot: {
  appId: s.MicrosoftAppId, appPassword: s.MicrosoftAppPassword, appType: s.MicrosoftAppType, tenantId: s.MicrosoftAppTenantId,
  openIdMetadataUrl: s.BotOpenIdMetadata,
} }));

const database = z.object({
  DATABASE_POOL_SIZE: whole(10, 1, 100),
  DB_STARTUP_TIMEOUT_SECONDS: whole(30, 0, 600),
}).transform((s) => ({ databasePoolSize: s.DATABASE_POOL_SIZE, dbStartupTimeoutSeconds: s.DB_STARTUP_TIMEOUT_SECONDS }));

const handoff = z.object({
  ADMIN_TOKEN: setting(z.string().min(16, 'must be at least 16 characters long').optional()),
  SMTP_URL: startsWith('smtp://', 'smtps://'),
  STAFF_EMAIL_TO: text,
}).refine((s) => !s.SMTP_URL || s.STAFF_EMAIL_TO, { path: ['STAFF_EMAIL_TO'], error: 'is required when SMTP_URL is set' }).and(z.object({
  STAFF_WEBHOOK_URL: startsWith('http://', 'https://'),
  STAFF_EMAIL_FROM: setting(z.string().default('Bounce Back <bounce-back@localhost>')),
  HANDOFF_EVENT: flag,
  CONTACT_RETENTION_DAYS: whole(90, 1, 3650),
  OUTBOX_INTERVAL_SECONDS: whole(15, 1, 3600),
  STAFF_SESSION_HOURS: whole(8, 1, 24),
})).transform((s) => ({ handoff: {
  adminToken: s.ADMIN_TOKEN, staffWebhookUrl: s.STAFF_WEBHOOK_URL, smtpUrl: s.SMTP_URL, staffEmailTo: s.STAFF_EMAIL_TO,
  staffEmailFrom: s.STAFF_EMAIL_FROM, handoffEvent: s.HANDOFF_EVENT,
  contactRetentionDays: s.CONTACT_RETENTION_DAYS, outboxIntervalSeconds: s.OUTBOX_INTERVAL_SECONDS,
  staffSessionHours: s.STAFF_SESSION_HOURS,
} }));

const directLine = z.object({
  DIRECT_LINE_ENDPOINT: setting(z.string().regex(/^https?:\/\/[^\s/]+(\/\S*)?$/, 'must be an http(s) URL')
    .transform((url) => url.replace(/\/+$/, '')).default('https://directline.botframework.com/v3/directline')),
  DIRECT_LINE_TOKEN_SECRET: setting(z.string().min(32, 'must be at least 32 characters').optional()),
  DIRECT_LINE_SECRET: text,
  DIRECT_LINE_TOKEN_TTL_SECONDS: whole(1800, 60, 86400),
  DIRECT_LINE_TOKEN_MAX_AGE_HOURS: whole(24, 1, 720),
  TRUST_PROXY: flag,
  STREAM_PING_SECONDS: whole(30, 1, 600),
}).transform((s) => ({ directLine: {
  secret: s.DIRECT_LINE_SECRET, endpoint: s.DIRECT_LINE_ENDPOINT, tokenSecret: s.DIRECT_LINE_TOKEN_SECRET,
  tokenTtlSeconds: s.DIRECT_LINE_TOKEN_TTL_SECONDS, tokenMaxAgeSeconds: s.DIRECT_LINE_TOKEN_MAX_AGE_HOURS * 3600,
  trustProxy: s.TRUST_PROXY, streamPingSeconds: s.STREAM_PING_SECONDS,
} }));

const timeouts = z.object({
  OUTBOUND_TIMEOUT_SECONDS: whole(10, 1, 120),
  REQUEST_BODY_TIMEOUT_SECONDS: whole(10, 1, 120),
}).transform((s) => ({ outboundTimeoutSeconds: s.OUTBOUND_TIMEOUT_SECONDS, requestBodyTimeoutSeconds: s.REQUEST_BODY_TIMEOUT_SECONDS }));

/** An http(s) origin as the browser spells it (https://x.example), or undefined for anything else: a path, a wildcard, ftp:. */
function origin(item: string): string | undefined {
  if (!/^https?:\/\/[^/?#@]+\/?$/i.test(item)) return undefined;
  try {
    const url = new URL(item);
    return /^[a-z0-9.-]+$/.test(url.hostname) ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const embed = z.object({
  EMBED_ORIGINS: setting(z.string().transform((raw, ctx) => {
    const items = raw.split(',').map((item) => item.trim()).filter(Boolean);
    const bad = items.find((item) => !origin(item));
    if (bad !== undefined) ctx.addIssue({ code: 'custom', message: `must be a comma-separated list of http(s) origins with no path, such as https://www.example-practice.co.uk (got ${JSON.stringify(bad)})` });
    return [...new Set(items.map((item) => origin(item) ?? ''))];
  }).optional()),
}).transform((s) => ({ embedOrigins: s.EMBED_ORIGINS ?? [] }));

const metrics = z.object({
  METRICS_TOKEN: setting(z.string().min(16, 'must be at least 16 characters long').optional()),
}).transform((s) => ({ metricsToken: s.METRICS_TOKEN }));

const questions = z.object({
  UNANSWERED_QUESTIONS: oneOf(['on', 'off'], 'on'),
}).transform((s) => ({ unansweredQuestions: s.UNANSWERED_QUESTIONS === 'on' }));

// Checked in this order, and within a section its variables then its rules, so when several settings are wrong the
// error names the one it always has; `.and` puts a rule ahead of the variables after it.
const goalChecks = z.object({
  GOAL_CHECK_INTERVAL_SECONDS: whole(30, 1, 3600),
}).transform((s) => ({ goalCheckIntervalSeconds: s.GOAL_CHECK_INTERVAL_SECONDS }));

const settings = service.and(bot).and(database).and(handoff).and(directLine).and(timeouts).and(embed).and(metrics).and(questions).and(goalChecks);

/** Reads and validates every setting; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = settings.safeParse(env);
  if (result.success) return result.data;
  const [problem] = result.error.issues;
  throw new ConfigError(String(problem.path[0]), problem.message);
}

/** The folder beside the SQLite file, where files the server generates (such as secrets) are kept. */
export function dataDirectory(config: Config): string {
  return config.databaseUrl.startsWith('sqlite:')
    ? path.dirname(path.resolve(config.databaseUrl.slice('sqlite:'.length)))
    : path.resolve('data');
}
