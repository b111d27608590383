import type { TurnInput } from '../../src/conversation/turnInput';

/** What the engine receives when a person types. */
export const typed = (text: string): TurnInput => ({ kind: 'message', text });

/** What the engine receives when a person presses a card button: its data, no text. */
export const pressed = (value: unknown): TurnInput => ({ kind: 'message', text: '', value });
