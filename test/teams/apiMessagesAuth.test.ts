import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/logger';
import { MemoryStream } from '../helpers/app';
import { incoming } from '../helpers/http';

/**
 * /api/messages over real HTTP with MicrosoftAppId set. Azure's token service is the outside border: a local server stands in for
 * it, publishing an OpenID document and a key set, so no request leaves this machine.
 */

const APP_ID = '6b1f1f1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const KEY_ID = 'bounce-back-test-key';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

interface FakeTokenService { url: string; requests: string[]; close(): Promise<void> }

/** Serves the OpenID document and a key set holding `published` under KEY_ID. */
async function startTokenService(published: KeyObject): Promise<FakeTokenService> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body = req.url === '/openid'
      ? { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
      : { keys: [{ ...published.export({ format: 'jwk' }), kid: KEY_ID, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const base64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token shaped as the Bot Connector's, signed with `key`. */
function tokenSignedWith(key: KeyObject): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url({ alg: 'RS256', typ: 'JWT', kid: KEY_ID });
  const payload = base64url({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600 });
  const signature = sign('sha256', Buffer.from(`${header}.${payload}`), key).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

const rsaKeys = () => generateKeyPairSync('rsa', { modulusLength: 2048 });

let dir: string;
let app: App | undefined;
let tokens: FakeTokenService | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bb-auth-'));
  // CloudAdapter writes every rejected request's error to console.error; the test keeps the output readable.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(async () => {
  await app?.close();
  await tokens?.close();
  app = undefined;
  tokens = undefined;
  rmSync(dir, { recursive: true, force: true });
  jest.restoreAllMocks();
});

async function start(env: Record<string, string>): Promise<string> {
  const config = loadConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'x.db')}`, LOG_LEVEL: 'silent', ...env });
  app = await createApp(config, createLogger(config.logLevel, new MemoryStream()));
  return app.listen(0, '127.0.0.1');
}

function postTurn(url: string, authorization?: string): Promise<Response> {
  const activity = incoming('teams-auth-1', {
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    text: 'hello',
    conversation: { id: 'teams-auth-1', conversationType: 'personal', tenantId: 'tenant-1', isGroup: false, name: '' },
    channelData: { tenant: { id: 'tenant-1' } },
  });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (authorization) headers.authorization = authorization;
  return fetch(`${url}/api/messages`, { method: 'POST', headers, body: JSON.stringify(activity), signal: AbortSignal.timeout(15000) });
}

async function storedConversations(): Promise<number> {
  const row = await app!.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM conversation_state', []);
  return Number(row?.n);
}

describe('/api/messages with MicrosoftAppId set', () => {
  let signer: ReturnType<typeof rsaKeys>;
  let url: string;

  beforeEach(async () => {
    signer = rsaKeys();
    // The published key is a different one from the forger's: only a token signed by `signer` is genuine.
    tokens = await startTokenService(signer.publicKey);
    url = await start({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BotOpenIdMetadata: `${tokens.url}/openid` });
  });

  it('answers 401 to a request with no token, and the bot never runs', async () => {
    expect((await postTurn(url)).status).toBe(401);
    expect(await storedConversations()).toBe(0);
  });

  it('answers 401 to a token signed with the wrong key, checked against the published keys, and the bot never runs', async () => {
    const forged = tokenSignedWith(rsaKeys().privateKey);
    expect((await postTurn(url, `Bearer ${forged}`)).status).toBe(401);
    expect(tokens!.requests).toEqual(['/openid', '/keys']);
    expect(await storedConversations()).toBe(0);
  });

  it('answers 401 to a token that is not a JWT at all', async () => {
    expect((await postTurn(url, 'Bearer not.a.token')).status).toBe(401);
    expect(await storedConversations()).toBe(0);
  });

  it('accepts a token signed with the published key (so the 401s above are about the signature)', async () => {
    const response = await postTurn(url, `Bearer ${tokenSignedWith(signer.privateKey)}`);
    expect(response.status).toBe(200);
    expect(await storedConversations()).toBe(1);
  });
});

describe('every MicrosoftAppType checks the token', () => {
  const TENANT = '0d9f8e7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f';
  it.each([
    ['SingleTenant', { MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT }],
    ['MultiTenant', { MicrosoftAppPassword: 'not-a-real-secret' }],
    ['UserAssignedMSI', { MicrosoftAppTenantId: TENANT }],
  ])('%s: a request with no token gets 401 and the bot never runs', async (appType, settings) => {
    const url = await start({ MicrosoftAppId: APP_ID, MicrosoftAppType: appType, ...settings });
    expect((await postTurn(url)).status).toBe(401);
    expect(await storedConversations()).toBe(0);
  });

  it('refuses a BotOpenIdMetadata that is not an http(s) address', () => {
    expect(() => loadConfig({ BotOpenIdMetadata: 'file:///etc/keys.json' })).toThrow(/^Invalid configuration: BotOpenIdMetadata must start with http/);
  });
});

describe('/api/messages with MicrosoftAppId unset', () => {
  it('accepts the same unsigned request for local use', async () => {
    const url = await start({});
    const response = await postTurn(url);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { activities: unknown[] };
    expect(body.activities.length).toBeGreaterThan(0);
    expect(await storedConversations()).toBe(1);
  });
});
