import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import type { AddressLimit } from './addressLimit';
import { domainOf, handle } from './http';
import { DirectLineError, type DirectLineService } from './service';

/** What the page needs to open a conversation: which Direct Line to talk to, and a token for it. */
export interface WebChatSession { domain: string; token: string; conversationId: string; expiresIn: number }

export type SessionSource = (req: Request) => Promise<WebChatSession>;

/** A browser that kept a key from an earlier conversation (a check-in planned there) shows it in its new one. */
export type Returning = (returnKey: string, conversationId: string) => Promise<void>;

const RETURN_KEY = /^[\w-]{16,64}$/;

/** Our embedded endpoint: a fresh conversation token from the service itself. */
export function embeddedSessions(service: DirectLineService, returning?: Returning): SessionSource {
  return async (req) => {
    const { conversationId, token, expires_in: expiresIn } = await service.generate();
    const returnKey = (req.body as { returnKey?: unknown } | undefined)?.returnKey;
    if (returning && typeof returnKey === 'string' && RETURN_KEY.test(returnKey)) await returning(returnKey, conversationId);
    return { domain: domainOf(req), token, conversationId, expiresIn };
  };
}

/**
 * Azure's Direct Line: the secret stays here; the page only ever sees a conversation token.
 * The endpoint is configurable so tests can stand in a local fake for directline.botframework.com.
 */
export function azureSessions(endpoint: string, secret: string, logger: Logger, timeoutMs: number, fetchFn: typeof fetch = fetch): SessionSource {
  return async () => {
    const response = await fetchFn(`${endpoint}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(timeoutMs),
    }).catch(() => undefined);
    const body = (response?.ok ? await response.json().catch(() => undefined) : undefined) as
      { token?: unknown; conversationId?: unknown; expires_in?: unknown } | undefined;
    if (!body || typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
      logger.error({ event: 'directline.azure.token_failed', status: response?.status }, 'Azure Direct Line did not give a token');
      throw new DirectLineError(502, 'BadGateway', 'The chat service is not reachable just now.');
    }
    return { domain: endpoint, token: body.token, conversationId: body.conversationId, expiresIn: Number(body.expires_in ?? 1800) };
  };
}

export function registerSessionRoute(server: Server, sessions: SessionSource, newConversations: AddressLimit): void {
  server.post('/api/webchat/session', handle(async (req: Request, res: Response) => {
    newConversations.take(req);
    res.send(200, await sessions(req));
  }));
}
