import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface TokenClaims {
  /** The one conversation this token may use. */
  conversationId: string;
  /** Expiry, epoch seconds. */
  expiresAt: number;
  /** When the first token of its chain of refreshes was issued, epoch seconds; refreshes carry it on unchanged. */
  bornAt: number;
}

export class TokenError extends Error {}

const SECRET_FILE = 'directline-token-secret';

function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

/**
 * Direct Line tokens: compact JWTs (HS256) scoped to one conversation. The JWT shape matters because
 * botframework-directlinejs decodes tokens to look for a user id; any other format works but logs noise.
 */
export class TokenSigner {
  private readonly header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

  /** `maxAgeSeconds` bounds a chain of refreshes: no token outlives its chain's first by more than that. */
  constructor(
    private readonly key: Buffer,
    readonly ttlSeconds: number,
    private readonly maxAgeSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new token; `bornAt` (from the token being refreshed) keeps a refresh inside its chain's lifetime. */
  sign(conversationId: string, bornAt?: number): { token: string; expiresIn: number } {
    const iat = Math.floor(this.now() / 1000);
    const born = bornAt ?? iat;
    const exp = Math.min(iat + this.ttlSeconds, born + this.maxAgeSeconds);
    const payload = base64url(JSON.stringify({ conv: conversationId, iat, born, exp }));
    return { token: `${this.header}.${payload}.${this.mac(`${this.header}.${payload}`)}`, expiresIn: exp - iat };
  }

  verify(token: string): TokenClaims {
    const [header, payload, signature, ...rest] = token.split('.');
    if (!header || !payload || !signature || rest.length > 0) throw new TokenError('malformed token');
    const expected = Buffer.from(this.mac(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (header !== this.header || given.length !== expected.length || !timingSafeEqual(given, expected)) throw new TokenError('bad signature');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { conv?: unknown; exp?: unknown; born?: unknown };
    if (typeof claims.conv !== 'string' || typeof claims.exp !== 'number' || typeof claims.born !== 'number') throw new TokenError('malformed claims');
    const now = Math.floor(this.now() / 1000);
    if (claims.exp <= now || claims.born + this.maxAgeSeconds <= now) throw new TokenError('expired');
    return { conversationId: claims.conv, expiresAt: claims.exp, bornAt: claims.born };
  }

  private mac(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}

/** The configured key, or one generated on first start and kept (owner-only) in the data directory, so tokens survive restarts. */
export function loadTokenKey(configured: string | undefined, dataDirectory: string): Buffer {
  if (configured) return Buffer.from(configured, 'utf8');
  const file = path.join(dataDirectory, SECRET_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDirectory, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Two instances starting together: the other one wrote it first, and that key is the one to use.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
}
