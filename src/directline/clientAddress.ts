import type { IncomingMessage } from 'node:http';

/**
 * Who is asking, for per-client limits. Behind a proxy we run (TRUST_PROXY=true), the last X-Forwarded-For entry is the
 * address that proxy saw; earlier entries are the client's own claims and are ignored. Otherwise, the socket's peer.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop()?.trim() : undefined;
  return forwarded || req.socket.remoteAddress || 'unknown';
}
