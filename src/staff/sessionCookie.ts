import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export const SESSION_COOKIE = 'bb_staff';

/** Sent only to the staff page and its API, never to script, never with a request another site starts. */
const ATTRIBUTES = 'Path=/staff; HttpOnly; SameSite=Strict';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/**
 * Secure unless the page was opened over plain http on this machine: a browser keeps a Secure cookie only from https
 * (some also from localhost), and a TLS-terminating proxy in front of us still means the browser used https.
 */
export function wantsSecure(req: IncomingMessage): boolean {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
  return Boolean((req.socket as TLSSocket).encrypted) || forwarded === 'https' || !LOOPBACK.test(req.headers.host ?? '');
}

export function sessionCookie(value: string, expiresAt: number, now: number, secure: boolean): string {
  const maxAge = Math.max(0, Math.ceil((expiresAt - now) / 1000));
  return `${SESSION_COOKIE}=${value}; ${ATTRIBUTES}; Max-Age=${maxAge}; Expires=${new Date(expiresAt).toUTCString()}${secure ? '; Secure' : ''}`;
}

export function clearedCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; ${ATTRIBUTES}; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${secure ? '; Secure' : ''}`;
}

/** The session cookie's value from a Cookie header. */
export function sessionCookieValue(header: string | undefined): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}
