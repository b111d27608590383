/** The channel a turn came from, as a metric label: a bounded set, since open mode lets a caller claim any channelId. */
export type ChannelKind = 'webchat' | 'teams' | 'emulator' | 'other';

const KINDS: ReadonlyMap<string, ChannelKind> = new Map([['directline', 'webchat'], ['webchat', 'webchat'], ['msteams', 'teams'], ['emulator', 'emulator']]);

export function channelKind(channelId: string | undefined): ChannelKind {
  return KINDS.get(channelId ?? '') ?? 'other';
}
