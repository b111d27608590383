import type { Request, Response, Server } from 'restify';

/** GET and HEAD on one handler: Node leaves the body out of an answer to HEAD, so its status and headers are GET's own. */
export function getAndHead(server: Server, path: string, handler: (req: Request, res: Response) => Promise<void>): void {
  server.get(path, handler);
  server.head(path, handler);
}

/** JSON written out whole: restify's send skips formatting for HEAD, which would leave Content-Type and Content-Length off. */
export function sendJson(res: Response, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  res.end(body);
}
