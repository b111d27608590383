import type { Request, Response } from 'restify';
import { DatabaseUnavailableError } from '../storage/databaseUnavailable';
import { DirectLineError } from './service';
import { TokenError, type TokenClaims, type TokenSigner } from './tokens';

export const DIRECT_LINE_PATH = '/v3/directline';

/** The Direct Line domain as the caller sees it, e.g. http://localhost:3978/v3/directline. */
export function domainOf(req: Request): string {
  const host = req.headers.host ?? 'localhost';
  if (!/^[a-z0-9.[\]:-]+$/i.test(host)) throw new DirectLineError(400, 'BadArgument', 'Unusable Host header.');
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
  const secure = req.isSecure() || forwarded === 'https';
  return `${secure ? 'https' : 'http'}://${host}${DIRECT_LINE_PATH}`;
}

/** The claims of the request's bearer token: 401 without one, 403 when it is forged or expired (directlinejs treats 403 as "expired"). */
export async function claimsOf(req: Request, signer: TokenSigner): Promise<TokenClaims> {
  const match = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) throw new DirectLineError(401, 'Unauthorized', 'A Bearer token is required.');
  try {
    return await signer.verify(match[1]);
  } catch (error) {
    if (error instanceof TokenError) throw new DirectLineError(403, 'Forbidden', 'The token is not valid or has expired.');
    throw error;
  }
}

/** Seconds a client is asked to wait while the database is down; the same as /api/messages asks. */
const OUTAGE_RETRY_SECONDS = 5;

/** A database outage is a 503 the client retries, not a 500: the request was fine and will work once the database is back. */
function asDirectLineError(error: unknown): unknown {
  if (!(error instanceof DatabaseUnavailableError)) return error;
  return new DirectLineError(503, 'ServiceUnavailable', 'The chat is unavailable for a moment. Please try again shortly.', OUTAGE_RETRY_SECONDS);
}

/** Runs a handler and turns a DirectLineError into the JSON error Direct Line clients understand. */
export function handle(work: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response): Promise<void> => {
    res.header('Cache-Control', 'no-store');
    try {
      await work(req, res);
    } catch (caught) {
      const error = asDirectLineError(caught);
      if (!(error instanceof DirectLineError)) throw error;
      // An HTTP-date, not seconds: directlinejs 0.15 calls a missing Observable.timer on a numeric Retry-After
      // and turns the refusal into an endless "retry"; with a date it reports the 429, and Web Chat can say so.
      if (error.retryAfter !== undefined) res.header('Retry-After', new Date(Date.now() + error.retryAfter * 1000).toUTCString());
      res.send(error.status, { error: { code: error.code, message: error.message } });
    }
  };
}

/** The request's watermark query parameter; none or empty means "from the start". */
export function watermarkOf(url: string | undefined): number {
  const value = new URL(url ?? '/', 'http://localhost').searchParams.get('watermark');
  if (value === null || value === '') return 0;
  if (!/^\d{1,15}$/.test(value)) throw new DirectLineError(400, 'BadArgument', 'The watermark must be a number.');
  return Number(value);
}
