import copy from '../../content/copy.json';
import handoffCopy from '../../content/handoff.json';
import type { ChoiceParam } from '../../dialogs/types';
import { loadFaq } from '../faq/content';

export type Params = Record<string, string | number | ChoiceParam>;
type Tree = { [key: string]: string | Tree };

/** Other content files add their own sections (and choices) to copy.json's tree. */
function merged(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const existing = out[key];
    out[key] = typeof value === 'object' && typeof existing === 'object' ? merged(existing, value) : value;
  }
  return out;
}

const COPY = merged(copy as unknown as Tree, handoffCopy as unknown as Tree);
/** Button labels: the copy's own, and each FAQ entry's question under "faq.<id>". */
const CHOICES: Record<string, string> = {
  ...(COPY.choices as Record<string, string>),
  ...Object.fromEntries(loadFaq().map((entry) => [`faq.${entry.id}`, entry.question])),
};
/** A choice's label, if it has one. Own keys only: words a person typed, such as "constructor", must not find Object.prototype's members. */
export const labelOf = (id: string): string | undefined => (Object.hasOwn(CHOICES, id) ? CHOICES[id] : undefined);

/** Every string of a tree under its dotted key. */
function flatten(tree: Tree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') into.set(`${prefix}${key}`, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

// Words are looked up several times a turn: the tree is flattened once, not walked per call.
const FLAT = flatten(COPY);

/**
 * The words for a content key, with {params} filled in exactly as given: plain text, as e-mail and webhooks carry it.
 * Only a {choice} param is looked up, as the label of that button of ours.
 */
export function words(key: string, params: Params = {}): string {
  const template = FLAT.get(key);
  if (template === undefined) throw new Error(`No copy for "${key}"`);
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    return typeof value === 'object' ? choiceLabel(value.choice) : String(value);
  });
}

export function choiceLabel(id: string): string {
  const label = labelOf(id);
  if (label === undefined) throw new Error(`No label for choice "${id}"`);
  return label;
}
