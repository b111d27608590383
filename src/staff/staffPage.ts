import fs from 'node:fs';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { getAndHead } from '../web/getAndHead';
import { STAFF_PAGE_POLICY } from '../web/securityHeaders';
import { projectRoot } from '../web/staticFiles';
import type { StaffApiParts } from './staffApi';
import { registerStaffPageApi } from './staffPageApi';
import { StaffSessions, staffSessionKey } from './staffSessions';
import type { UnansweredQuestionList } from './unansweredQuestionList';

export interface StaffPageParts extends StaffApiParts {
  /** The server's own signing secret, the same on every instance (the Direct Line token key): sessions are signed with a key derived from it. */
  serverSecret: Uint8Array;
  /** How long a sign-in lasts. */
  sessionHours: number;
  /** Questions the FAQ could not answer; unset, the page says that list is off. */
  unanswered?: UnansweredQuestionList;
  now?: () => number;
}

const PAGE = 'public/staff.html';
const OFF_PAGE = 'public/staff-off.html';

function sendPage(res: Response, status: number, body: Buffer): void {
  res.setHeader('Content-Security-Policy', STAFF_PAGE_POLICY);
  res.header('Cache-Control', 'no-store');
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
  res.end(body);
}

/**
 * /staff: sign in with the admin token, then contact requests, crisis counts and unanswered questions. Without an admin
 * token the page only says how to turn it on (404), and its API does not exist.
 */
export function registerStaffPage(server: Server, parts: StaffPageParts, root = projectRoot()): void {
  const { adminToken, serverSecret, sessionHours, now = Date.now } = parts;
  const page = fs.readFileSync(path.join(root, adminToken ? PAGE : OFF_PAGE));
  for (const route of ['/staff', '/staff/']) {
    getAndHead(server, route, async (_req: Request, res: Response) => sendPage(res, adminToken ? 200 : 404, page));
  }
  if (!adminToken) return;
  const sessions = new StaffSessions(staffSessionKey(serverSecret, adminToken), sessionHours * 3600, now);
  registerStaffPageApi(server, { ...parts, adminToken, sessions, now });
}
