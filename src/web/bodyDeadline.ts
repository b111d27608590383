import type { Request, Response } from 'restify';

export function hasBody(req: Request): boolean {
  return Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * A body must arrive whole within `ms`: one trickled a byte at a time would otherwise hold a socket, and a turn's place,
 * for as long as the sender likes. Late, its connection is closed (no answer: restify's body reader still owns the response).
 */
export function bodyDeadline(ms: number) {
  return (req: Request, _res: Response, next: () => void): void => {
    if (!hasBody(req)) return next();
    const timer = setTimeout(() => req.socket.destroy(), ms);
    const done = (): void => clearTimeout(timer);
    req.once('end', done);
    req.once('close', done);
    next();
  };
}
