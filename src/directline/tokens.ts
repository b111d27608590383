import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { errors, jwtVerify, SignJWT } from 'jose';

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

/**
 * Direct Line tokens: compact JWTs (HS256) scoped to one conversation. The JWT shape matters because
 * botframework-directlinejs decodes tokens to look for a user id; any other format works but logs noise.
 */
export class TokenSigner {
  /** `maxAgeSeconds` bounds a chain of refreshes: no token outlives its chain's first by more than that. */
  constructor(
    private readonly key: Buffer,
    readonly ttlSeconds: number,
    private readonly maxAgeSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new token; `bornAt` (from the token being refreshed) keeps a refresh inside its chain's lifetime. */
  async sign(conversationId: string, bornAt?: number): Promise<{ token: string; expiresIn: number }> {
    const iat = Math.floor(this.now() / 1000);
    const born = bornAt ?? iat;
    const exp = Math.min(iat + this.ttlSeconds, born + this.maxAgeSeconds);
    // iat and exp are given outright, not by setIssuedAt()/setExpirationTime(), so the injected clock decides them.
    const token = await new SignJWT({ conv: conversationId, iat, born, exp }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(this.key);
    return { token, expiresIn: exp - iat };
  }

  async verify(token: string): Promise<TokenClaims> {
    const now = this.now();
    const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], typ: 'JWT', requiredClaims: ['exp'], currentDate: new Date(now) })
      .catch((error: unknown) => {
        throw error instanceof errors.JOSEError ? new TokenError(error.code) : error;
      });
    const { conv, born, exp } = payload;
    if (typeof conv !== 'string' || typeof born !== 'number') throw new TokenError('malformed claims');
    if (born + this.maxAgeSeconds <= Math.floor(now / 1000)) throw new TokenError('expired');
    // jose has checked that exp is there, a number, and still ahead.
    return { conversationId: conv, expiresAt: exp as number, bornAt: born };
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
