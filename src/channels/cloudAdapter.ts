import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
// botbuilder's own dependency (same version); CloudAdapter answers 401 only for this class of error.
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { BotAuthConfig } from '../config/config';
import { words } from '../content/copy';
import { timedHttpClient } from './timedHttpClient';
import type { Logger } from '../logger';

/**
 * Microsoft's public cloud, as botbuilder's defaults. Setting any one endpoint makes botbuilder take every endpoint from the
 * options, so a different OpenID metadata address comes with the rest restated.
 */
function publicCloudWith(openIdMetadataUrl: string): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

/** What jsonwebtoken throws for a token that fails its checks (bad signature, expired, not yet valid). */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * botbuilder lets a token with a bad signature escape as jsonwebtoken's own error, which CloudAdapter answers with 500.
 * A forged token is the caller's fault, so it is turned into the 401 that every other failed check gets.
 */
class RequestAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError(error.message, StatusCodes.UNAUTHORIZED);
      throw error;
    }
  }
}

/** The adapter behind /api/messages. With MicrosoftAppId set, it checks every request's JWT; without, it is open for local use. */
export function createCloudAdapter(auth: BotAuthConfig, logger: Logger, timeoutMs: number): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: auth.appId,
    MicrosoftAppPassword: auth.appPassword,
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId,
    ...(auth.openIdMetadataUrl ? publicCloudWith(auth.openIdMetadataUrl) : {}),
  };
  const adapter = new CloudAdapter(new RequestAuthentication(options, undefined, undefined, undefined, { httpClient: timedHttpClient(timeoutMs) }));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ event: 'turn.failed', err: { name: error.name, message: error.message, stack: error.stack } }, 'a turn failed');
    await context.sendActivity(words('global.somethingWrong'));
  };
  return adapter;
}
