/** What a channel can show. Teams-specific numbers live here and in src/channels only. */
export interface ChannelTraits {
  /** Suggested actions the channel shows; more than this become card buttons. */
  maxSuggestedActions: number;
  /** Whether the channel renders Adaptive Cards. */
  cards: boolean;
  /** Most text one message may carry, in bytes as it travels (UTF-8 inside JSON), leaving room for the rest of the activity. */
  maxTextBytes: number;
}

// Eleven: a 0 to 10 rating fits as a row of suggested actions, which Web Chat wraps.
const DEFAULT_TRAITS: ChannelTraits = { maxSuggestedActions: 11, cards: true, maxTextBytes: 24000 };

const TRAITS: Record<string, ChannelTraits> = {
  // Teams shows only the first three suggested actions, and refuses activities of about 28 KB and over (the whole JSON):
  // 22 KB of text leaves room for the ids, the card's structure and its buttons.
  msteams: { maxSuggestedActions: 3, cards: true, maxTextBytes: 22000 },
  directline: DEFAULT_TRAITS,
  webchat: DEFAULT_TRAITS,
  emulator: DEFAULT_TRAITS,
};

export function traitsFor(channelId: string | undefined): ChannelTraits {
  return TRAITS[channelId ?? ''] ?? { ...DEFAULT_TRAITS, cards: false };
}
