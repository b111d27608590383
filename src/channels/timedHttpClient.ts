import { toCompatResponse, type CompatResponse, type WebResourceLike } from '@azure/core-http-compat';
import { createDefaultHttpClient, createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';

/**
 * The HTTP client botbuilder's connector (replies, proactive messages) sends through: the Azure SDK's own, with a
 * timeout on every request. Without one, a serviceUrl that never answers holds the turn, and its HTTP request, for minutes.
 */
export function timedHttpClient(timeoutMs: number): { sendRequest(resource: WebResourceLike): Promise<CompatResponse> } {
  const inner = createDefaultHttpClient();
  return {
    sendRequest: async (resource) => {
      const request = createPipelineRequest({
        url: resource.url,
        method: resource.method,
        headers: createHttpHeaders(resource.headers.rawHeaders()),
        body: resource.body,
        abortSignal: resource.abortSignal,
        timeout: timeoutMs,
        // As botbuilder's own client allows: the Emulator's serviceUrl is plain http on this machine.
        allowInsecureConnection: resource.url.startsWith('http:'),
      });
      return toCompatResponse(await inner.sendRequest(request));
    },
  };
}
