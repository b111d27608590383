import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTokenKey, TokenError, TokenSigner } from '../../src/directline/tokens';

const KEY = Buffer.from('k'.repeat(32));
const DAY = 24 * 3600;

describe('TokenSigner', () => {
  it('signs a token for one conversation and reads it back until it expires', () => {
    let now = 1_700_000_000_000;
    const signer = new TokenSigner(KEY, 1800, DAY, () => now);
    const { token, expiresIn } = signer.sign('conv-a');
    expect(expiresIn).toBe(1800);
    expect(signer.verify(token)).toEqual({ conversationId: 'conv-a', expiresAt: 1_700_000_000 + 1800, bornAt: 1_700_000_000 });
    now += 1799 * 1000;
    expect(signer.verify(token).conversationId).toBe('conv-a');
    now += 1000;
    expect(() => signer.verify(token)).toThrow(TokenError);
  });

  it('keeps a chain of refreshes within its absolute lifetime, however often it is refreshed', () => {
    let now = 1_700_000_000_000;
    const signer = new TokenSigner(KEY, 1800, 3600, () => now);
    let { token } = signer.sign('conv-a');
    // Refreshed every 20 minutes, as directlinejs does, for three hours.
    const lifetimes: number[] = [];
    for (let minute = 20; minute <= 180; minute += 20) {
      now += 20 * 60 * 1000;
      let claims;
      try {
        claims = signer.verify(token);
      } catch {
        break;
      }
      const refreshed = signer.sign(claims.conversationId, claims.bornAt);
      lifetimes.push(refreshed.expiresIn);
      token = refreshed.token;
    }
    // Refreshed at 20 and 40 minutes: the second reaches only the hour's end; at 60 minutes nothing works.
    expect(lifetimes).toEqual([1800, 1200]);
    expect(() => signer.verify(token)).toThrow(TokenError);
    expect(signer.verify(signer.sign('conv-a').token).conversationId).toBe('conv-a');
  });

  it('refuses a token whose claims were changed, one signed with another key, and garbage', () => {
    const signer = new TokenSigner(KEY, 1800, DAY);
    const [header, payload, signature] = signer.sign('conv-a').token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, conv: 'conv-b' })).toString('base64url');
    expect(() => signer.verify(`${header}.${altered}.${signature}`)).toThrow(TokenError);
    const stranger = new TokenSigner(Buffer.from('z'.repeat(32)), 1800, DAY);
    expect(() => signer.verify(stranger.sign('conv-a').token)).toThrow(TokenError);
    expect(() => signer.verify('not-a-token')).toThrow(TokenError);
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
