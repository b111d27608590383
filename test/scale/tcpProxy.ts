import net from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that a test can cut and restore: a database outage and its end, for this app only,
 * without stopping a server other people use. While cut, open connections are dropped and new ones are closed at once.
 */
export class TcpProxy {
  private readonly sockets = new Set<net.Socket>();
  private cut = false;
  private readonly server = net.createServer((client) => {
    if (this.cut) return void client.destroy();
    const upstream = net.connect(this.target.port, this.target.host);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream);
    client.on('close', () => upstream.destroy());
    const { coalesceMs } = this.options;
    if (coalesceMs) {
      this.coalesce(upstream, client, coalesceMs);
      // Held bytes go first: the client is closed only after the last of them.
      upstream.on('close', () => setTimeout(() => client.destroy(), coalesceMs));
    } else {
      upstream.pipe(client);
      upstream.on('close', () => client.destroy());
    }
  });

  /**
   * `coalesceMs` holds what the server sends for that long after its first byte, then passes it on as one chunk: messages
   * the server sent apart reach the client together, as they can on a busy network.
   */
  constructor(
    private readonly target: { host: string; port: number },
    private readonly options: { coalesceMs?: number } = {},
  ) {}

  private coalesce(from: net.Socket, to: net.Socket, ms: number): void {
    let held: Buffer[] = [];
    from.on('data', (chunk: Buffer) => {
      if (held.push(chunk) > 1) return;
      setTimeout(() => {
        const all = Buffer.concat(held);
        held = [];
        if (!to.destroyed) to.write(all);
      }, ms);
    });
  }

  /** Starts listening; answers the port. */
  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  drop(): void {
    this.cut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.cut = false;
  }

  async stop(): Promise<void> {
    this.drop();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
