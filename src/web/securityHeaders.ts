import type { Request, Response, Server } from 'restify';

/** Headers every response carries, whatever route answered (or none did). */
const BASE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** sha256 of the empty string: Web Chat sets one empty style attribute, which is all this hash allows. */
const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The chat page's policy. Web Chat builds its styles at run time (emotion), so style-src allows exactly the
 * <style> tags that carry this response's nonce, rather than 'unsafe-inline'. connect-src is our own origin,
 * its socket origin, and Azure's Direct Line when that is in use. No page may frame it, unless it is the embed panel.
 */
export function pagePolicy(nonce: string, socketOrigin: string, extraConnect: string[], frameAncestors: string[] = ["'none'"]): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' 'unsafe-hashes' ${EMPTY_STYLE}`,
    // Web Chat hands its images (the avatar) over as blob: URLs, and marks a Markdown link with data: images; no fonts needed.
    "img-src 'self' blob: data:",
    ['connect-src', "'self'", socketOrigin, ...extraConnect].join(' '),
    "base-uri 'none'",
    "form-action 'none'",
    ['frame-ancestors', ...frameAncestors].join(' '),
    "object-src 'none'",
  ].join('; ');
}

/** The staff page's policy: its script, styles, icon and API from our own origin, nothing inline. */
export const STAFF_PAGE_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
  "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "object-src 'none'",
].join('; ');

/** https://x → [https://x, wss://x]: the origins a Direct Line domain needs for REST and its stream. */
export function connectOrigins(url: string): string[] {
  const { origin } = new URL(url);
  return [origin, origin.replace(/^http/, 'ws')];
}

export function registerSecurityHeaders(server: Server): void {
  // A pre handler runs for every request, including those no route matches.
  server.pre((_req: Request, res: Response, next: () => void) => {
    for (const [name, value] of Object.entries(BASE_HEADERS)) res.header(name, value);
    next();
  });
}
