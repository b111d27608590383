import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/logger';
import { serveOnLoopback } from './serverEntry';

/** Bounce Back as src/index.ts composes it, from the same environment, but bound to loopback on a free port. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createApp(config, createLogger(config.logLevel));
  await serveOnLoopback(app.server, () => app.close());
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
