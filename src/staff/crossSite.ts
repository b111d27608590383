import type { IncomingMessage } from 'node:http';

/**
 * True when the browser says a request was started by another origin: Sec-Fetch-Site other than same-origin, or an
 * Origin (including "null") whose host is not the one the request was sent to. Clients that send neither (curl) still
 * need the CSRF token.
 */
export function startedElsewhere(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}
