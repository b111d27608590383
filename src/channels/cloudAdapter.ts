import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { BotAuthConfig } from '../config/config';
import { words } from '../content/copy';
import type { Logger } from '../logger';

/** The adapter behind /api/messages. With MicrosoftAppId set, it checks every request's JWT; without, it is open for local use. */
export function createCloudAdapter(auth: BotAuthConfig, logger: Logger): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
  };
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ event: 'turn.failed', err: { name: error.name, message: error.message, stack: error.stack } }, 'a turn failed');
    await context.sendActivity(words('global.somethingWrong'));
  };
  return adapter;
}
