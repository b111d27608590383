import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTokenKey, TokenError, TokenSigner } from '../../src/directline/tokens';

const KEY = Buffer.from('k'.repeat(32));

describe('TokenSigner', () => {
  it('signs a token for one conversation and reads it back until it expires', () => {
    let now = 1_700_000_000_000;
    const signer = new TokenSigner(KEY, 1800, () => now);
    const { token, expiresIn } = signer.sign('conv-a');
    expect(expiresIn).toBe(1800);
    expect(signer.verify(token)).toEqual({ conversationId: 'conv-a', expiresAt: 1_700_000_000 + 1800 });
    now += 1799 * 1000;
    expect(signer.verify(token).conversationId).toBe('conv-a');
    now += 1000;
    expect(() => signer.verify(token)).toThrow(TokenError);
  });

  it('refuses a token whose claims were changed, one signed with another key, and garbage', () => {
    const signer = new TokenSigner(KEY, 1800);
    const [header, payload, signature] = signer.sign('conv-a').token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, conv: 'conv-b' })).toString('base64url');
    expect(() => signer.verify(`${header}.${altered}.${signature}`)).toThrow(TokenError);
    const stranger = new TokenSigner(Buffer.from('z'.repeat(32)), 1800);
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
