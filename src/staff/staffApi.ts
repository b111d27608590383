import type { Request, Response, Server } from 'restify';
import { REQUEST_STATUSES, type ContactRequestStore, type RequestStatus } from '../handoff/contactRequests';
import type { CrisisTally } from '../safety/crisisTally';
import { bearerMatches } from './bearerAuth';

export interface StaffApiParts {
  /** Unset: the staff API does not exist (404). */
  adminToken?: string;
  requests: ContactRequestStore;
  tally: CrisisTally;
}

const isStatus = (value: unknown): value is RequestStatus => REQUEST_STATUSES.includes(value as RequestStatus);

type Handler = (req: Request, res: Response) => Promise<void>;

/** Staff routes; every one checks the admin token first and answers 404 when no token is configured. */
export function registerStaffRoutes(server: Server, { adminToken, requests, tally }: StaffApiParts): void {
  const guarded = (handler: Handler): Handler => async (req, res) => {
    // People's contact details: never cached anywhere on the way.
    res.header('Cache-Control', 'no-store');
    if (!adminToken) return void res.send(404, { error: 'not found' });
    if (!bearerMatches(req.headers.authorization, adminToken)) {
      res.header('WWW-Authenticate', 'Bearer');
      return void res.send(401, { error: 'unauthorised' });
    }
    await handler(req, res);
  };

  server.get('/api/contact-requests', guarded(async (req, res) => {
    const status = new URL(req.url ?? '/', 'http://localhost').searchParams.get('status') ?? undefined;
    if (status !== undefined && !isStatus(status)) return void res.send(400, { error: `status must be one of ${REQUEST_STATUSES.join(', ')}` });
    res.send(200, { requests: await requests.list(status) });
  }));

  server.patch('/api/contact-requests/:id', guarded(async (req, res) => {
    const status = (req.body as { status?: unknown } | undefined)?.status;
    if (!isStatus(status)) return void res.send(400, { error: `status must be one of ${REQUEST_STATUSES.join(', ')}` });
    const updated = await requests.setStatus(String(req.params.id), status);
    if (!updated) return void res.send(404, { error: 'no such contact request' });
    res.send(200, updated);
  }));

  server.get('/api/crisis-stats', guarded(async (_req, res) => {
    res.send(200, { counts: await tally.counts() });
  }));
}
