import { words, type Params } from '../content/copy';

/** Backslash-escapes Markdown so words a person typed are shown as they typed them, never as formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/** words() for a chat channel, which renders Markdown: the text params (a person's words) are escaped. */
export function markdownWords(key: string, params: Params = {}): string {
  const escaped = Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? escapeMarkdown(value) : value] as const);
  return words(key, Object.fromEntries(escaped));
}
