import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

export interface StaffSession {
  /** Random per sign-in; the CSRF token is bound to it. */
  id: string;
  /** Epoch ms. */
  expiresAt: number;
}

const TYPE = 'staff-session+jwt';
const AUDIENCE = 'bounce-back/staff';

/**
 * The key staff sessions are signed with, derived from the server's own secret (the same on every instance) and the admin
 * token, so any instance can check a session without storage, and a new ADMIN_TOKEN ends every session.
 */
export function staffSessionKey(serverSecret: Uint8Array, adminToken: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, adminToken, 'bounce-back staff session', 32));
}

/** Signed, self-contained staff sessions (HS256 JWTs kept in a cookie), and the CSRF token that goes with each. */
export class StaffSessions {
  constructor(
    private readonly key: Uint8Array,
    readonly lifetimeSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new session and the signed value that carries it. */
  async issue(): Promise<{ session: StaffSession; value: string }> {
    const iat = Math.floor(this.now() / 1000);
    const exp = iat + this.lifetimeSeconds;
    const sid = randomBytes(16).toString('base64url');
    // iat and exp are given outright, not by setIssuedAt()/setExpirationTime(), so the injected clock decides them.
    const value = await new SignJWT({ sid, iat, exp, aud: AUDIENCE }).setProtectedHeader({ alg: 'HS256', typ: TYPE }).sign(this.key);
    return { session: { id: sid, expiresAt: exp * 1000 }, value };
  }

  /** The session a cookie value carries, or undefined when it is missing, forged, for something else, or expired. */
  async verify(value: string | undefined): Promise<StaffSession | undefined> {
    if (!value) return undefined;
    try {
      const { payload } = await jwtVerify(value, this.key, {
        algorithms: ['HS256'], typ: TYPE, audience: AUDIENCE, requiredClaims: ['exp', 'sid'], currentDate: new Date(this.now()),
      });
      return typeof payload.sid === 'string' ? { id: payload.sid, expiresAt: (payload.exp as number) * 1000 } : undefined;
    } catch {
      return undefined;
    }
  }

  /** An HMAC of the session id: the page sends it back in X-CSRF-Token, which another site cannot read or forge. */
  csrfToken(session: StaffSession): string {
    return createHmac('sha256', this.key).update(`csrf:${session.id}`).digest('base64url');
  }

  csrfMatches(session: StaffSession, offered: string | undefined): boolean {
    const expected = Buffer.from(this.csrfToken(session));
    const given = Buffer.from(offered ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
