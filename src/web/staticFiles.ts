import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { getAndHead } from './getAndHead';
import { pagePolicy } from './securityHeaders';

interface Asset { body: Buffer; gzip: Buffer; type: string; etag: string }

/** URL → file under the project root. A fixed list: nothing else on disk can be reached. */
const FILES: Record<string, [string, string]> = {
  '/app.js': ['public/app.js', 'text/javascript; charset=utf-8'],
  '/styles.css': ['public/styles.css', 'text/css; charset=utf-8'],
  '/staff/staff.js': ['public/staff.js', 'text/javascript; charset=utf-8'],
  '/staff/staff.css': ['public/staff.css', 'text/css; charset=utf-8'],
  '/logo.png': ['appPackage/color.png', 'image/png'],
  '/vendor/webchat.js': ['node_modules/botframework-webchat/dist/webchat.js', 'text/javascript; charset=utf-8'],
};
const PAGE = 'public/index.html';
const NONCE = /__NONCE__/g;

/** The folder holding public/index.html: the repository root both under tsx (src/web) and after tsc (dist/src/web). */
export function projectRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, PAGE)) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`${PAGE} not found above ${start}`);
  }
}

function load(file: string, type: string): Asset {
  const body = fs.readFileSync(file);
  return { body, gzip: gzipSync(body), type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

function sendAsset(req: Request, res: Response, asset: Asset): void {
  res.header('ETag', asset.etag);
  res.header('Cache-Control', 'no-cache');
  res.header('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === asset.etag) {
    res.writeHead(304);
    res.end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = gzip ? asset.gzip : asset.body;
  res.writeHead(200, { 'Content-Type': asset.type, 'Content-Length': body.length, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  res.end(body);
}

/**
 * A page read once at start-up. Each response gets a fresh nonce, shared by the headers `headersFor` gives (its policy)
 * and by Web Chat's <style> tags; a header given as undefined is left off, though every response carries it by default.
 */
export function registerPage(server: Server, url: string, file: string, headersFor: (nonce: string, req: Request) => Record<string, string | undefined>): void {
  const page = fs.readFileSync(file, 'utf8');
  getAndHead(server, url, async (req: Request, res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    const body = Buffer.from(page.replace(NONCE, nonce));
    for (const [name, value] of Object.entries(headersFor(nonce, req))) {
      if (value === undefined) res.removeHeader(name);
      else res.setHeader(name, value);
    }
    res.header('Cache-Control', 'no-store');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
}

/** A file read (and gzipped) once at start-up and revalidated by ETag; `headers` replace the ones every response carries. */
export function registerAsset(server: Server, url: string, file: string, type: string, headers: Record<string, string> = {}): void {
  const asset = load(file, type);
  getAndHead(server, url, async (req: Request, res: Response) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    sendAsset(req, res, asset);
  });
}

/** The chat page and what it loads, all from our own origin. */
export function registerStaticRoutes(server: Server, socketOriginOf: (req: Request) => string, extraConnect: string[], root = projectRoot()): void {
  registerPage(server, '/', path.join(root, PAGE), (nonce, req) => ({ 'Content-Security-Policy': pagePolicy(nonce, socketOriginOf(req), extraConnect) }));
  for (const [url, [file, type]] of Object.entries(FILES)) registerAsset(server, url, path.join(root, file), type);
}
