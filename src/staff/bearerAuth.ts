import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** True when the Authorization header is "Bearer <token>". Hashing first gives equal lengths, so the comparison is constant-time. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  return timingSafeEqual(digest(match ? match[1] : ''), digest(token)) && match !== null;
}
