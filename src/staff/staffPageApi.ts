import type { Request, Response, Server } from 'restify';
import { REQUEST_STATUSES, type RequestStatus } from '../handoff/contactRequests';
import { staffView, visible } from '../handoff/staffView';
import { secretMatches } from './bearerAuth';
import { crisisRepliesByDay } from './crisisRepliesByDay';
import { startedElsewhere } from './crossSite';
import { clearedCookie, sessionCookie, sessionCookieValue, wantsSecure } from './sessionCookie';
import type { StaffApiParts } from './staffApi';
import type { StaffSession, StaffSessions } from './staffSessions';
import type { UnansweredQuestionList } from './unansweredQuestionList';

export interface StaffPageApiParts extends Omit<StaffApiParts, 'adminToken'> {
  adminToken: string;
  sessions: StaffSessions;
  unanswered?: UnansweredQuestionList;
  now: () => number;
}

type Handler = (req: Request, res: Response) => Promise<void>;
type SessionHandler = (req: Request, res: Response, session: StaffSession) => Promise<void>;

const isStatus = (value: unknown): value is RequestStatus => REQUEST_STATUSES.includes(value as RequestStatus);
const BAD_STATUS = { error: `status must be one of ${REQUEST_STATUSES.join(', ')}` };
const ELSEWHERE = { error: 'refused: the request came from another site' };

/**
 * The staff page's own JSON routes under /staff/api. A session cookie (from signing in with the admin token) opens
 * them; anything that changes state also needs the session's CSRF token in X-CSRF-Token and must not come from
 * another site.
 */
export function registerStaffPageApi(server: Server, { adminToken, sessions, requests, tally, unanswered, now }: StaffPageApiParts): void {
  const noStore = (handler: Handler): Handler => async (req, res) => {
    // People's contact details: never cached anywhere on the way.
    res.header('Cache-Control', 'no-store');
    await handler(req, res);
  };
  const reading = (handler: SessionHandler): Handler => noStore(async (req, res) => {
    const session = await sessions.verify(sessionCookieValue(req.headers.cookie));
    if (!session) return void res.send(401, { error: 'sign in first' });
    await handler(req, res, session);
  });
  const changing = (handler: SessionHandler): Handler => noStore(async (req, res) => {
    if (startedElsewhere(req)) return void res.send(403, ELSEWHERE);
    const session = await sessions.verify(sessionCookieValue(req.headers.cookie));
    if (!session) return void res.send(401, { error: 'sign in first' });
    if (!sessions.csrfMatches(session, req.header('x-csrf-token'))) return void res.send(403, { error: 'refused: missing or wrong X-CSRF-Token' });
    await handler(req, res, session);
  });
  const described = (session: StaffSession) => ({ csrfToken: sessions.csrfToken(session), expiresAt: new Date(session.expiresAt).toISOString() });

  server.post('/staff/api/session', noStore(async (req, res) => {
    if (startedElsewhere(req)) return void res.send(403, ELSEWHERE);
    const offered = (req.body as { token?: unknown } | undefined)?.token;
    if (typeof offered !== 'string' || !secretMatches(offered, adminToken)) return void res.send(401, { error: 'that is not the staff token' });
    const { session, value } = await sessions.issue();
    res.header('Set-Cookie', sessionCookie(value, session.expiresAt, now(), wantsSecure(req)));
    res.send(200, described(session));
  }));

  server.get('/staff/api/session', reading(async (_req, res, session) => {
    res.send(200, described(session));
  }));

  server.del('/staff/api/session', changing(async (req, res) => {
    // Signed sessions are not stored, so signing out forgets the cookie; the value itself stays valid until it expires.
    res.header('Set-Cookie', clearedCookie(wantsSecure(req)));
    res.send(204);
  }));

  server.get('/staff/api/contact-requests', reading(async (req, res) => {
    const status = new URL(req.url ?? '/', 'http://localhost').searchParams.get('status') || undefined;
    if (status !== undefined && !isStatus(status)) return void res.send(400, BAD_STATUS);
    res.send(200, { requests: (await requests.list(status)).map(staffView) });
  }));

  server.patch('/staff/api/contact-requests/:id', changing(async (req, res) => {
    const status = (req.body as { status?: unknown } | undefined)?.status;
    if (!isStatus(status)) return void res.send(400, BAD_STATUS);
    const updated = await requests.setStatus(String(req.params.id), status);
    if (!updated) return void res.send(404, { error: 'no such contact request' });
    res.send(200, staffView(updated));
  }));

  server.get('/staff/api/crisis-replies', reading(async (_req, res) => {
    res.send(200, crisisRepliesByDay(await tally.counts(), now()));
  }));

  server.get('/staff/api/unanswered-questions', reading(async (_req, res) => {
    if (!unanswered) return void res.send(200, { enabled: false, questions: [] });
    const questions = (await unanswered.list())
      .map((question) => ({ id: question.id, text: visible(question.text), askedAt: new Date(question.askedAt).toISOString() }))
      .sort((a, b) => b.askedAt.localeCompare(a.askedAt));
    res.send(200, { enabled: true, questions });
  }));
}
