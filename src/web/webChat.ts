import type { Request, Server } from 'restify';
import type { BounceBackBot } from '../channels/bounceBackBot';
import { DirectLineAdapter } from '../channels/directLineAdapter';
import type { EmbeddedConversations } from '../channels/goalCheckDelivery';
import { dataDirectory, type Config } from '../config/config';
import { AddressLimit } from '../directline/addressLimit';
import { domainOf } from '../directline/http';
import { StreamHub, type Fanout } from '../directline/hub';
import { registerDirectLineRoutes } from '../directline/routes';
import { DirectLineService } from '../directline/service';
import { azureSessions, embeddedSessions, registerSessionRoute, type Returning } from '../directline/session';
import { StreamServer, STREAMS_PER_ADDRESS, STREAMS_PER_CONVERSATION } from '../directline/socket';
import { DirectLineStore } from '../directline/store';
import { loadTokenKey, TokenSigner } from '../directline/tokens';
import type { Logger } from '../logger';
import type { Db } from '../storage/db';
import { connectOrigins } from './securityHeaders';
import { registerEmbedRoutes } from './embed';
import { projectRoot, registerStaticRoutes } from './staticFiles';

export interface WebChatParts {
  server: Server;
  db: Db;
  bot: BounceBackBot;
  config: Config;
  logger: Logger;
  /** Set when several instances share the database, so a stream on one gets replies produced on another. */
  fanout?: Fanout;
  /** A browser coming back with the key of a check-in planned in an earlier conversation. */
  returning?: Returning;
}

export interface WebChat {
  /** Deletes web chat conversations untouched since `cutoff` (epoch ms); answers how many went. */
  sweep(cutoff: number): Promise<number>;
  /** Resolves once other instances' activities reach this one's streams (at once without a fanout). */
  listening: Promise<void>;
  /** Web chat streams open on this instance. */
  openStreams(): number;
  /** The embedded conversations, for turns the bot starts itself. */
  embedded: EmbeddedConversations;
  close(): void;
}

function socketOrigin(req: Request): string {
  try {
    return connectOrigins(domainOf(req))[1];
  } catch {
    return '';
  }
}

/**
 * The web chat: the page, the embedded Direct Line endpoint (REST and stream) with the bot run in-process,
 * and the session route that tells the page which Direct Line to use (ours, or Azure's when DIRECT_LINE_SECRET is set).
 */
export function attachWebChat({ server, db, bot, config, logger, fanout, returning }: WebChatParts): WebChat {
  const settings = config.directLine;
  const signer = new TokenSigner(loadTokenKey(settings.tokenSecret, dataDirectory(config)), settings.tokenTtlSeconds, settings.tokenMaxAgeSeconds);
  const store = new DirectLineStore(db);
  const hub = new StreamHub(fanout);
  const service = new DirectLineService(store, hub, signer);
  const adapter = new DirectLineAdapter(bot, (activity) => service.deliver(activity), logger);
  service.attach(adapter);

  const extraConnect = settings.secret ? connectOrigins(settings.endpoint) : [];
  registerStaticRoutes(server, socketOrigin, extraConnect);
  registerEmbedRoutes(server, { embedOrigins: config.embedOrigins, socketOriginOf: socketOrigin, extraConnect, root: projectRoot() });
  const newConversations = new AddressLimit(settings.trustProxy);
  registerDirectLineRoutes(server, service, signer, newConversations);
  registerSessionRoute(server, settings.secret ? azureSessions(settings.endpoint, settings.secret, logger, config.outboundTimeoutSeconds * 1000) : embeddedSessions(service, returning), newConversations);
  const streams = new StreamServer(store, hub, signer, logger, {
    perConversation: STREAMS_PER_CONVERSATION,
    perAddress: STREAMS_PER_ADDRESS,
    pingMs: settings.streamPingSeconds * 1000,
    trustProxy: settings.trustProxy,
  });
  streams.attach(server.server);

  return {
    sweep: async (cutoff) => {
      service.pruneLimits();
      newConversations.prune();
      return store.deleteUntouchedSince(cutoff);
    },
    listening: fanout ? fanout.listen(hub) : Promise.resolve(),
    openStreams: () => streams.openCount,
    embedded: { isOpen: (conversationId) => hub.isOpen(conversationId), continueIn: (conversationId, logic) => adapter.continueIn(conversationId, logic) },
    close: () => streams.close(),
  };
}
