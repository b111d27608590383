import path from 'node:path';
import type { Request, Server } from 'restify';
import { pagePolicy } from './securityHeaders';
import { registerAsset, registerPage } from './staticFiles';

const JS = 'text/javascript; charset=utf-8';

export interface EmbedRouteParts {
  /** EMBED_ORIGINS: the practice's sites whose pages may show the panel. */
  embedOrigins: string[];
  socketOriginOf: (req: Request) => string;
  extraConnect: string[];
  root: string;
}

/**
 * Who may frame the panel: our own pages (the demo) and the sites listed. X-Frame-Options cannot name another site,
 * so with any listed it is left off and frame-ancestors alone decides (browsers that know it ignore X-Frame-Options).
 */
export function panelFraming(embedOrigins: string[]): { frameAncestors: string[]; xFrameOptions?: string } {
  return embedOrigins.length > 0 ? { frameAncestors: ["'self'", ...embedOrigins] } : { frameAncestors: ["'self'"], xFrameOptions: 'SAMEORIGIN' };
}

/** The demo page: its script and styles, embed.js, and the panel in a frame, all from our own origin. */
export const DEMO_PAGE_POLICY = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "frame-src 'self'",
  "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'", "object-src 'none'",
].join('; ');

/**
 * The chat on a practice's own site: /embed.js (the snippet's script: a button that opens the panel), /embed (the
 * panel: the web chat, framed), and /embed-demo (the snippet shown, and working, on a page of our own).
 */
export function registerEmbedRoutes(server: Server, { embedOrigins, socketOriginOf, extraConnect, root }: EmbedRouteParts): void {
  const framing = panelFraming(embedOrigins);
  registerPage(server, '/embed', path.join(root, 'public/embed.html'), (nonce, req) => ({
    'Content-Security-Policy': pagePolicy(nonce, socketOriginOf(req), extraConnect, framing.frameAncestors),
    'X-Frame-Options': framing.xFrameOptions,
  }));
  registerPage(server, '/embed-demo', path.join(root, 'public/embed-demo.html'), () => ({ 'Content-Security-Policy': DEMO_PAGE_POLICY }));
  // Loaded by a <script> on another site: a same-origin resource policy would have the browser refuse it.
  registerAsset(server, '/embed.js', path.join(root, 'public/embed.js'), JS, { 'Cross-Origin-Resource-Policy': 'cross-origin' });
  registerAsset(server, '/embed-panel.js', path.join(root, 'public/embed-panel.js'), JS);
  registerAsset(server, '/embed-demo.js', path.join(root, 'public/embed-demo.js'), JS);
  registerAsset(server, '/embed-demo.css', path.join(root, 'public/embed-demo.css'), 'text/css; charset=utf-8');
}
