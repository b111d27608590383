/** One incoming turn, channel-neutral: what the understanding layer needs and nothing more. */
export type TurnInput =
  | { kind: 'join'; locale?: string }
  | { kind: 'message'; text: string; value?: unknown; locale?: string }
  /** No message: a check-in on the person's goal has fallen due, and the bot speaks first. */
  | { kind: 'goalCheckDue'; goal: string };
