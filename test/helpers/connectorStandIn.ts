import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandIn { url: string; posts: Array<{ path: string; body: any }>; close(): Promise<void> }

/** A local stand-in for a channel's connector service (the Emulator's, say): records what the bot sends it. */
export async function connectorStandIn(answers: boolean): Promise<StandIn> {
  const posts: StandIn['posts'] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      posts.push({ path: req.url ?? '', body: body ? JSON.parse(body) : undefined });
      // One that never answers holds the request open until the bot gives up.
      if (!answers) return;
      // Separate calls: restify's patch of ServerResponse makes writeHead return nothing.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${posts.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
