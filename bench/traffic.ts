/**
 * What a virtual user says, in a loop: a guided reframe from start to summary, with FAQ-style questions
 * (until the FAQ lands they fall through as text, where a step does not take them as an answer) and the
 * menu commands people use mid-flow. Every message is realistic and never contains anything personal.
 */
export const CONVERSATION_SCRIPT: readonly string[] = [
  'hi',
  'How can I not feel bad after a mistake?',
  'Work through a setback',
  'I didn\'t get the promotion I had worked towards all year, and I told everyone I would.',
  'help',
  'Disappointment',
  'Is it normal to feel this bad about something like this?',
  '7',
  'I would tell a friend that one decision does not define them and that they did their best.',
  'back',
  'I would tell a friend that one decision does not define them and that they did their best.',
  'I\'ve said it',
  'I always mess things up when it matters.',
  'Last year I led the project that shipped on time, and my manager said my work was strong.',
  'menu',
  'Carry on where I left off',
  'This time it didn\'t work out, but I have done hard things before and I can learn from this.',
  'Ask for feedback on what to work on before the next round.',
  'Friday afternoon',
  'I\'m ready',
  'What is a growth mindset and how does it relate to failure?',
  '4',
];

/** Where each user starts in the script, spread out so users are at different steps at the same time. */
export function startingStep(user: number): number {
  return (user * 7) % CONVERSATION_SCRIPT.length;
}

let activityCounter = 0;

/** A Teams-shaped message activity asking for its replies in the HTTP response. */
export function messageActivity(conversationId: string, userId: string, text: string): string {
  activityCounter += 1;
  return JSON.stringify({
    type: 'message',
    id: `a${activityCounter}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: userId, name: 'Bench user' },
    recipient: { id: 'bounce-back', name: 'Bounce Back' },
    conversation: { id: conversationId, conversationType: 'personal' },
    locale: 'en-GB',
    textFormat: 'plain',
    text,
    deliveryMode: 'expectReplies',
  });
}
