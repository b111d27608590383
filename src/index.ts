import './knownWarnings';
import { createApp } from './app';
import { ConfigError, loadConfig, type Config } from './config/config';
import { readEnvironment } from './config/environment';
import { createLogger } from './logger';
import { startupFailureLine } from './startupFailure';

function configOrExit(): Config {
  try {
    return loadConfig(readEnvironment());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  if (!config.bot.appId) {
    logger.warn({ event: 'auth.open' }, 'MicrosoftAppId is not set: /api/messages accepts unauthenticated requests. Fine for local use; set it before exposing the bot.');
  }
  const app = await createApp(config, logger).catch((error: unknown) => {
    const line = startupFailureLine(error, config.databaseUrl);
    if (line === undefined) throw error;
    process.stderr.write(`${line}\n`);
    process.exit(1);
  });
  const url = await app.listen();
  logger.info({ event: 'started', url, storage: config.databaseUrl.split(':')[0] }, `Bounce Back is listening on ${url}`);
  const shutdown = (): void => {
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
