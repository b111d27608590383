import { labelOf } from '../content/copy';
import { plainText } from '../language/normalise';

/** The choice (among ids) whose id or label the text matches, read as the language layer reads any message. */
export function choiceForLabel(text: string, ids: string[]): string | undefined {
  const wanted = plainText(text);
  if (wanted === '') return undefined;
  return ids.find((id) => id.toLowerCase() === text.trim().toLowerCase() || plainText(labelOf(id) ?? '') === wanted);
}
