import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** True when `offered` is the secret. Hashing first gives equal lengths, so the comparison is constant-time. */
export function secretMatches(offered: string, secret: string): boolean {
  return timingSafeEqual(digest(offered), digest(secret));
}

/** True when the Authorization header is "Bearer <token>". */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  return secretMatches(match ? match[1] : '', token) && match !== null;
}
