import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/logger';

/** Everything written to it, for reading logs back in a test. */
export class MemoryStream extends Writable {
  readonly chunks: string[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(chunk.toString());
    callback();
  }

  get text(): string {
    return this.chunks.join('');
  }
}

export interface RunningApp { app: App; url: string; logs: MemoryStream; dir: string; stop(): Promise<void> }

/** The real app from src/app.ts on a SQLite file in a scratch folder, listening on a free port on localhost. */
export async function startApp(logLevel: 'trace' | 'silent' = 'silent'): Promise<RunningApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-app-'));
  const config = loadConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'x.db')}`, LOG_LEVEL: logLevel });
  const logs = new MemoryStream();
  const app = await createApp(config, createLogger(config.logLevel, logs));
  const url = await app.listen(0, '127.0.0.1');
  return {
    app, url, logs, dir,
    stop: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The stored row exactly as it is in the database, for byte-for-byte comparisons. */
export async function rawRow(app: App, key: string): Promise<unknown> {
  return app.db.get('SELECT key, doc, etag, updated_at FROM conversation_state WHERE key = $1', [key]);
}
