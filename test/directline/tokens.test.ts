import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { loadTokenKey, TokenError, TokenSigner } from '../../src/directline/tokens';

const KEY = Buffer.from('k'.repeat(32));
const DAY = 24 * 3600;

describe('TokenSigner', () => {
  it('signs a token for one conversation and reads it back until it expires', async () => {
    let now = 1_700_000_000_000;
    const signer = new TokenSigner(KEY, 1800, DAY, () => now);
    const { token, expiresIn } = await signer.sign('conv-a');
    expect(expiresIn).toBe(1800);
    await expect(signer.verify(token)).resolves.toEqual({ conversationId: 'conv-a', expiresAt: 1_700_000_000 + 1800, bornAt: 1_700_000_000 });
    now += 1799 * 1000;
    expect((await signer.verify(token)).conversationId).toBe('conv-a');
    now += 1000;
    await expect(signer.verify(token)).rejects.toThrow(TokenError);
  });

  it('keeps a chain of refreshes within its absolute lifetime, however often it is refreshed', async () => {
    let now = 1_700_000_000_000;
    const signer = new TokenSigner(KEY, 1800, 3600, () => now);
    let { token } = await signer.sign('conv-a');
    // Refreshed every 20 minutes, as directlinejs does, for three hours.
    const lifetimes: number[] = [];
    for (let minute = 20; minute <= 180; minute += 20) {
      now += 20 * 60 * 1000;
      let claims;
      try {
        claims = await signer.verify(token);
      } catch {
        break;
      }
      const refreshed = await signer.sign(claims.conversationId, claims.bornAt);
      lifetimes.push(refreshed.expiresIn);
      token = refreshed.token;
    }
    // Refreshed at 20 and 40 minutes: the second reaches only the hour's end; at 60 minutes nothing works.
    expect(lifetimes).toEqual([1800, 1200]);
    await expect(signer.verify(token)).rejects.toThrow(TokenError);
    expect((await signer.verify((await signer.sign('conv-a')).token)).conversationId).toBe('conv-a');
  });

  it('refuses a token whose claims were changed, one signed with another key, and garbage', async () => {
    const signer = new TokenSigner(KEY, 1800, DAY);
    const [header, payload, signature] = (await signer.sign('conv-a')).token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, conv: 'conv-b' })).toString('base64url');
    await expect(signer.verify(`${header}.${altered}.${signature}`)).rejects.toThrow(TokenError);
    const stranger = new TokenSigner(Buffer.from('z'.repeat(32)), 1800, DAY);
    await expect(signer.verify((await stranger.sign('conv-a')).token)).rejects.toThrow(TokenError);
    await expect(signer.verify('not-a-token')).rejects.toThrow(TokenError);
  });

  it('refuses a well-signed token that lacks any of its claims', async () => {
    const signer = new TokenSigner(KEY, 1800, DAY);
    const iat = Math.floor(Date.now() / 1000);
    const full = { conv: 'conv-a', iat, born: iat, exp: iat + 1800 };
    const signed = (claims: object) => new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(KEY);
    expect((await signer.verify(await signed(full))).conversationId).toBe('conv-a');
    for (const missing of ['conv', 'born', 'exp'] as const) {
      const { [missing]: _dropped, ...rest } = full;
      await expect(signer.verify(await signed(rest))).rejects.toThrow(TokenError);
    }
  });
});

describe('loadTokenKey', () => {
  it('uses the configured secret when there is one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-key-'));
    expect(loadTokenKey('s'.repeat(40), dir).toString()).toBe('s'.repeat(40));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('otherwise generates one, readable only by its owner, and reuses it on the next start', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bb-key-')), 'data');
    const first = loadTokenKey(undefined, dir);
    expect(first.length).toBe(64);
    const [file] = fs.readdirSync(dir);
    expect(fs.statSync(path.join(dir, file)).mode & 0o077).toBe(0);
    expect(loadTokenKey(undefined, dir).equals(first)).toBe(true);
  });
});
