import type { Request, Response, Server } from 'restify';
import type { Registry } from 'prom-client';
import { bearerMatches } from '../staff/bearerAuth';

export interface MetricsRouteParts {
  registry: Registry;
  /** Tokens that may read the metrics (the staff token, METRICS_TOKEN); none set, /metrics does not exist (404). */
  tokens: ReadonlyArray<string | undefined>;
}

/** GET /metrics in Prometheus' text format, behind a bearer token. */
export function registerMetricsRoute(server: Server, { registry, tokens }: MetricsRouteParts): void {
  const allowed = tokens.filter((token): token is string => token !== undefined);
  server.get('/metrics', async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    if (allowed.length === 0) return void res.send(404, { error: 'not found' });
    // Every token is compared: stopping at the first match would let the time taken tell which one it was.
    const matches = allowed.map((token) => bearerMatches(req.headers.authorization, token));
    if (!matches.includes(true)) {
      res.header('WWW-Authenticate', 'Bearer');
      return void res.send(401, { error: 'unauthorised' });
    }
    const body = await registry.metrics();
    res.header('Content-Type', registry.contentType);
    res.sendRaw(200, body);
  });
}
