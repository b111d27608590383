/** What a channel can show. Teams-specific numbers live here and in src/channels only. */
export interface ChannelTraits {
  /** Suggested actions the channel shows; more than this become card buttons. */
  maxSuggestedActions: number;
  /** Whether the channel renders Adaptive Cards. */
  cards: boolean;
  /** Longest message text the channel accepts, in characters. */
  maxTextLength: number;
}

const DEFAULT_TRAITS: ChannelTraits = { maxSuggestedActions: 10, cards: true, maxTextLength: 8000 };

const TRAITS: Record<string, ChannelTraits> = {
  // Teams shows only the first three suggested actions, and refuses messages of about 28 KB and over.
  msteams: { maxSuggestedActions: 3, cards: true, maxTextLength: 20000 },
  directline: DEFAULT_TRAITS,
  webchat: DEFAULT_TRAITS,
  emulator: DEFAULT_TRAITS,
};

export function traitsFor(channelId: string | undefined): ChannelTraits {
  return TRAITS[channelId ?? ''] ?? { ...DEFAULT_TRAITS, cards: false };
}
