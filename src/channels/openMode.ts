const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Without MicrosoftAppId, /api/messages checks no one's token, so it must not become a way to make this server call other
 * hosts: replies go back in the HTTP response (deliveryMode "expectReplies") or to a serviceUrl on this machine, as the
 * Bot Framework Emulator's is. Answers why a posted activity is refused, or undefined.
 */
export function openModeProblem(activity: { deliveryMode?: unknown; serviceUrl?: unknown }): string | undefined {
  if (activity.deliveryMode === 'expectReplies') return undefined;
  let host = '';
  try {
    host = new URL(String(activity.serviceUrl)).hostname;
  } catch {
    // Not a URL: refused below.
  }
  if (LOOPBACK.test(host)) return undefined;
  return 'Without MicrosoftAppId set, replies go only to a loopback serviceUrl (the Bot Framework Emulator) or back in the response (deliveryMode "expectReplies").';
}
