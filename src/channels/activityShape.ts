/** Far deeper than any channel's activity (Teams cards included), far shallower than what overflows a recursive reader. */
const MAX_JSON_DEPTH = 64;

/** Read as text by botbuilder or the bot: any other kind of value there fails deep inside them. */
const TEXT_FIELDS = ['type', 'id', 'channelId', 'serviceUrl', 'text', 'locale', 'deliveryMode'];

/** Walked with a stack of its own, so no depth can overflow the call stack. */
function deeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(next)) pending.push([child, depth + 1]);
  }
  return false;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a posted body cannot be a turn, in a short sentence for the sender; undefined when it can. */
export function activityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'Send one activity as a JSON object.';
  if (deeperThan(body, MAX_JSON_DEPTH)) return 'The JSON is nested too deeply.';
  if (typeof body.type !== 'string' || body.type === '') return 'The activity needs a type.';
  const notText = TEXT_FIELDS.find((field) => body[field] !== undefined && typeof body[field] !== 'string');
  if (notText) return `The activity's ${notText} must be a string.`;
  // Without one, every such sender would share the state kept under "<channel>/unknown".
  const conversation = body.conversation;
  if (!isRecord(conversation) || typeof conversation.id !== 'string' || conversation.id === '') return 'The activity needs a conversation id.';
  return undefined;
}
