import type { Request, Response, Server } from 'restify';
import type { AddressLimit } from './addressLimit';
import { claimsOf, DIRECT_LINE_PATH, domainOf, handle, watermarkOf } from './http';
import type { Conversation, DirectLineService } from './service';
import type { TokenSigner } from './tokens';

function withStream(domain: string, conversation: Conversation, watermark: number): Conversation & { streamUrl: string } {
  // The socket carries no Authorization header, so the token rides in the URL, as it does on Azure.
  const query = new URLSearchParams({ t: conversation.token, watermark: String(watermark) });
  const streamUrl = `${domain.replace(/^http/, 'ws')}/conversations/${encodeURIComponent(conversation.conversationId)}/stream?${query}`;
  return { ...conversation, streamUrl };
}

/** The Direct Line 3.0 REST surface that botframework-directlinejs (and so Web Chat) uses. */
export function registerDirectLineRoutes(server: Server, service: DirectLineService, signer: TokenSigner, newConversations: AddressLimit): void {
  const base = DIRECT_LINE_PATH;

  server.post(`${base}/tokens/generate`, handle(async (req: Request, res: Response) => {
    newConversations.take(req);
    res.send(200, await service.generate());
  }));

  server.post(`${base}/tokens/refresh`, handle(async (req: Request, res: Response) => {
    res.send(200, await service.refresh(await claimsOf(req, signer)));
  }));

  server.post(`${base}/conversations`, handle(async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as { user?: unknown };
    const conversation = await service.start(await claimsOf(req, signer), body.user);
    res.send(201, withStream(domainOf(req), conversation, 0));
  }));

  server.get(`${base}/conversations/:id`, handle(async (req: Request, res: Response) => {
    const watermark = watermarkOf(req.url);
    const conversation = await service.reconnect(await claimsOf(req, signer), req.params.id as string);
    res.send(200, withStream(domainOf(req), conversation, watermark));
  }));

  server.get(`${base}/conversations/:id/activities`, handle(async (req: Request, res: Response) => {
    const watermark = watermarkOf(req.url);
    res.send(200, await service.activities(await claimsOf(req, signer), req.params.id as string, watermark));
  }));

  server.post(`${base}/conversations/:id/activities`, handle(async (req: Request, res: Response) => {
    const id = await service.post(await claimsOf(req, signer), req.params.id as string, req.body);
    res.send(200, { id });
  }));
}
